import { useMemo, useState, type ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { Button, makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components'
import {
  AddRegular,
  CalendarLtrRegular,
  DeleteRegular,
  DismissRegular,
  FilterDismissRegular,
} from '@fluentui/react-icons'
import { isFiltered, visitThemes, visitYears } from '@shared/domain/visitList'
import type { Visit } from '@shared/model/visit'
import {
  ConfirmDialog,
  EmptyState,
  ListEmptyState,
  LoadingState,
  Page,
  PageHeader,
  useDeletionUndo,
  useShortcutHint,
  useT,
  VirtualTable,
} from '@renderer/components'
import { useTrashedCount } from '@renderer/db/aggregateHooks'
import { usePartnerCities, useProgrammes, useSettings, useVisits } from '@renderer/db/hooks'
import { useRepos } from '@renderer/db/DbContext'
import { useSafeAction } from '../common/useSafeAction'
import { useConflictCountsByVisit } from '../conflicts/useConflictCounts'
import {
  clearedFilters,
  listStateFromParams,
  paramsFromListState,
  type ListState,
} from './listParams'
import { usePaintedOnce } from './afterPaint'
import { FirstStartWelcome } from './FirstStartWelcome'
import { useVisitColumns } from './useVisitColumns'
import { useVisitRows } from './useVisitRows'
import { VisitFilters } from './VisitFilters'

const useStyles = makeStyles({
  count: { color: tokens.colorNeutralForeground2 },
  countLine: { display: 'flex', gap: tokens.spacingHorizontalL },
})

/** All visits, upcoming first, with filters kept in the URL; the trash is a second view. */
export function VisitListPage(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const { deleteWithUndo } = useDeletionUndo()
  const repos = useRepos()
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => listStateFromParams(params), [params])
  const visits = useVisits(state.trash ? { onlyDeleted: true } : undefined)
  const cities = usePartnerCities()
  const programmes = useProgrammes()
  const settings = useSettings()
  const [doomed, setDoomed] = useState<Visit | null>(null)
  const run = useSafeAction()

  const update = (patch: Partial<ListState>): void => {
    setParams(paramsFromListState({ ...state, ...patch }), { replace: true })
  }

  const loading = !visits || !cities || !settings || !programmes
  // The counts read the whole office: asked only once the list's own rows are on screen.
  const painted = usePaintedOnce(!loading)
  const conflictCounts = useConflictCountsByVisit(painted && !state.trash)
  // The engine leaves trashed visits out, so the trash shows no counts rather than zeros.
  const rows = useVisitRows(
    visits,
    cities,
    settings?.homeTimeZone,
    state,
    state.trash ? null : conflictCounts,
  )
  const filtered = isFiltered(state) || state.when !== null
  const clear = (): void => update(clearedFilters(state))
  const years = useMemo(() => visitYears(visits ?? []), [visits])
  const themes = useMemo(() => visitThemes(visits ?? []), [visits])

  const columns = useVisitColumns(
    state.trash
      ? {
          onRestore: (visit) => run(() => repos.visits.restore(visit.id), t('common.restored')),
          onDeleteForever: setDoomed,
        }
      : null,
  )

  const shortcutHint = useShortcutHint()
  const newButton = (primary: boolean): ReactElement => (
    <Button
      appearance={primary ? 'primary' : 'secondary'}
      icon={<AddRegular />}
      onClick={() => void navigate('/visits/new')}
      {...shortcutHint(t('visits.new'), 'newItem')}
    >
      {t('visits.new')}
    </Button>
  )
  const nothingAtAll = !loading && !state.trash && visits.length === 0
  const trashed = useTrashedCount(repos.visits, nothingAtAll)

  return (
    <Page fill>
      <PageHeader
        title={state.trash ? t('visits.list.trashTitle') : t('visits.title')}
        actions={
          <>
            {nothingAtAll ? null : newButton(true)}
            <ToggleButton
              icon={<DeleteRegular />}
              checked={state.trash}
              onClick={() => update({ trash: !state.trash })}
            >
              {state.trash ? t('common.hideTrash') : t('common.showTrash')}
            </ToggleButton>
          </>
        }
      />
      {loading ? (
        <LoadingState />
      ) : nothingAtAll && trashed === 0 ? (
        <FirstStartWelcome />
      ) : nothingAtAll ? (
        <ListEmptyState
          kind="visits"
          trashed={trashed}
          empty={{
            icon: <CalendarLtrRegular />,
            title: t('visits.list.emptyTitle'),
            body: t('visits.list.emptyBody'),
          }}
          onOpenTrash={() => update({ trash: true })}
          renderNewButton={newButton}
        />
      ) : (
        <>
          <VisitFilters
            state={state}
            cities={cities}
            programmes={programmes}
            years={years}
            themes={themes}
            filtered={filtered}
            onChange={update}
            onClear={clear}
          />
          <div className={styles.countLine}>
            <Text className={styles.count} role="status">
              {t('visits.list.count', { count: rows.length, total: visits.length })}
            </Text>
            {/* Its own live region: the count's text stays what it says. */}
            <Text className={styles.count} role="status">
              {!state.trash && conflictCounts === 'counting'
                ? t('visits.list.conflictsCounting')
                : null}
            </Text>
          </div>
          {rows.length === 0 ? (
            state.trash && !filtered ? (
              <EmptyState title={t('visits.list.trashEmpty')} />
            ) : (
              <EmptyState
                icon={<FilterDismissRegular />}
                title={t('visits.list.noMatchTitle')}
                body={t('visits.list.noMatchBody')}
                action={
                  <Button appearance="primary" icon={<DismissRegular />} onClick={clear}>
                    {t('visits.list.clearFilters')}
                  </Button>
                }
              />
            )
          ) : (
            <VirtualTable
              items={rows}
              columns={columns}
              getKey={(row) => row.visit.id}
              onOpen={(row) => void navigate(`/visits/${row.visit.id}`)}
              ariaLabel={state.trash ? t('visits.list.trashTitle') : t('visits.title')}
            />
          )}
        </>
      )}
      <ConfirmDialog
        open={doomed !== null}
        title={t('visits.list.deleteForever')}
        confirmLabel={t('common.delete')}
        danger
        onCancel={() => setDoomed(null)}
        onConfirm={async () => {
          if (!doomed) return
          await deleteWithUndo('deleted', doomed.title, () => repos.visits.remove(doomed.id))
          setDoomed(null)
        }}
      >
        {doomed ? t('common.confirmDeletePermanent', { name: doomed.title }) : null}
      </ConfirmDialog>
    </Page>
  )
}
