import { useMemo, useState, type ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { Button, makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components'
import { AddRegular, CalendarLtrRegular, DeleteRegular } from '@fluentui/react-icons'
import { todayIn } from '@shared/dates'
import { matchesVisitFilter, splitUpcomingPast, visitYears } from '@shared/domain/visitList'
import type { Visit } from '@shared/model/visit'
import {
  ConfirmDialog,
  EmptyState,
  ListEmptyState,
  LoadingState,
  Page,
  PageHeader,
  useNotify,
  useT,
  VirtualTable,
} from '@renderer/components'
import { useTrashedCount } from '@renderer/db/aggregateHooks'
import { usePartnerCities, useSettings, useVisits } from '@renderer/db/hooks'
import { useRepos } from '@renderer/db/DbContext'
import { useSafeAction } from '../common/useSafeAction'
import { listStateFromParams, paramsFromListState, type ListState } from './listParams'
import { useVisitColumns, type VisitRow } from './useVisitColumns'
import { VisitFilters } from './VisitFilters'

const useStyles = makeStyles({
  count: { color: tokens.colorNeutralForeground2 },
})

/** All visits, upcoming first, with filters kept in the URL; the trash is a second view. */
export function VisitListPage(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const notify = useNotify()
  const repos = useRepos()
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => listStateFromParams(params), [params])
  const visits = useVisits(state.trash ? { onlyDeleted: true } : undefined)
  const cities = usePartnerCities()
  const settings = useSettings()
  const [doomed, setDoomed] = useState<Visit | null>(null)
  const run = useSafeAction()

  const update = (patch: Partial<ListState>): void => {
    setParams(paramsFromListState({ ...state, ...patch }), { replace: true })
  }

  const rows = useMemo<VisitRow[]>(() => {
    if (!visits || !cities || !settings) return []
    const byId = new Map(cities.map((c) => [c.id, c]))
    const namesOf = (id: string): string[] => {
      const city = byId.get(id)
      return city ? [city.name.de, city.name.en, city.country.de, city.country.en] : []
    }
    const matching = visits.filter((v) => matchesVisitFilter(v, state, namesOf))
    const { upcoming, past } = splitUpcomingPast(matching, todayIn(settings.homeTimeZone))
    const toRow =
      (isPast: boolean) =>
      (visit: Visit): VisitRow => ({
        visit,
        cityName: byId.get(visit.cityId)?.name[lang] ?? '',
        past: isPast,
      })
    return [
      ...(state.when === 'past' ? [] : upcoming.map(toRow(false))),
      ...(state.when === 'upcoming' ? [] : past.map(toRow(true))),
    ]
  }, [visits, cities, settings, state, lang])

  const columns = useVisitColumns(
    state.trash
      ? {
          onRestore: (visit) => run(() => repos.visits.restore(visit.id), t('common.restored')),
          onDeleteForever: setDoomed,
        }
      : null,
  )

  const newButton = (primary: boolean): ReactElement => (
    <Button
      appearance={primary ? 'primary' : 'secondary'}
      icon={<AddRegular />}
      onClick={() => void navigate('/visits/new')}
    >
      {t('visits.new')}
    </Button>
  )
  const loading = !visits || !cities || !settings
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
            years={visitYears(visits)}
            onChange={update}
          />
          <Text className={styles.count} role="status">
            {t('visits.list.count', { count: rows.length, total: visits.length })}
          </Text>
          {rows.length === 0 ? (
            <EmptyState
              title={state.trash ? t('visits.list.trashEmpty') : t('common.emptyFiltered')}
            />
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
          await repos.visits.remove(doomed.id)
          setDoomed(null)
          notify({ title: t('visits.list.deletedForever') })
        }}
      >
        {doomed ? t('common.confirmDeletePermanent', { name: doomed.title }) : null}
      </ConfirmDialog>
    </Page>
  )
}
