import { useMemo, type ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { Button, makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components'
import { DismissRegular, TaskListLtrRegular } from '@fluentui/react-icons'
import { todayIn } from '@shared/dates'
import {
  followUpOwners,
  matchesFollowUpFilter,
  sortByDueDate,
  type FollowUpScope,
} from '@shared/domain/followUps'
import { FOLLOW_UP_SCOPES } from '@shared/domain/followUps'
import {
  EmptyState,
  FilterSelect,
  LoadingState,
  Page,
  PageHeader,
  useNow,
  useT,
  VirtualTable,
} from '@renderer/components'
import { useFollowUpsAcrossVisits } from '@renderer/db/crossVisitHooks'
import { useSettings } from '@renderer/db/hooks'
import { overviewFromParams, paramsFromOverview, type OverviewState } from './overviewParams'
import { useOverviewColumns, type OverviewRow } from './useOverviewColumns'

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'flex-end',
  },
  select: { width: '240px' },
  count: { color: tokens.colorNeutralForeground2 },
})

/** Every visit's follow-ups in one list: open, overdue or all, by owner, by due date. */
export function FollowUpsOverviewPage(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => overviewFromParams(params), [params])
  const data = useFollowUpsAcrossVisits()
  const settings = useSettings()
  // Re-read once a minute, so "overdue" turns over at midnight in the home zone.
  const now = useNow(60_000)
  const today = settings ? todayIn(settings.homeTimeZone, now) : undefined
  const columns = useOverviewColumns(today ?? '')

  const update = (patch: Partial<OverviewState>): void => {
    setParams(paramsFromOverview({ ...state, ...patch }), { replace: true })
  }

  const owners = useMemo(() => followUpOwners(data?.followUps ?? []), [data])
  const { rows, counts } = useMemo(() => {
    const none = { rows: [] as OverviewRow[], counts: { open: 0, overdue: 0, all: 0 } }
    if (!data || !today) return none
    const visits = new Map(data.visits.map((v) => [v.id, v]))
    const ofOwner = data.followUps.filter((f) =>
      matchesFollowUpFilter(f, { scope: 'all', owner: state.owner }, today),
    )
    const scoped = (scope: FollowUpScope): typeof ofOwner =>
      ofOwner.filter((f) => matchesFollowUpFilter(f, { scope, owner: null }, today))
    const counts = {
      open: scoped('open').length,
      overdue: scoped('overdue').length,
      all: ofOwner.length,
    }
    const rows = sortByDueDate(scoped(state.scope), state.direction).flatMap((followUp) => {
      const visit = visits.get(followUp.visitId)
      return visit ? [{ followUp, visit }] : []
    })
    return { rows, counts }
  }, [data, today, state])

  if (!data || !settings) {
    return (
      <Page>
        <LoadingState />
      </Page>
    )
  }

  const filtered = state.scope !== 'all' || state.owner !== null
  const clear = (): void => update({ scope: 'all', owner: null })
  const title = t('followUps.overview.title')

  return (
    <Page fill>
      <PageHeader title={title} subtitle={t('followUps.overview.subtitle')} />
      {data.followUps.length === 0 ? (
        <EmptyState
          icon={<TaskListLtrRegular />}
          title={t('followUps.overview.emptyTitle')}
          body={t('followUps.overview.emptyBody')}
        />
      ) : (
        <>
          <div className={styles.bar} role="search" aria-label={t('followUps.overview.filters')}>
            <TabList
              selectedValue={state.scope}
              onTabSelect={(_, d) =>
                update({ scope: FOLLOW_UP_SCOPES.find((s) => s === d.value) ?? 'open' })
              }
              aria-label={t('followUps.overview.scope')}
            >
              {FOLLOW_UP_SCOPES.map((scope) => (
                <Tab key={scope} value={scope}>
                  {t(`followUps.overview.scope_${scope}`, { n: counts[scope] })}
                </Tab>
              ))}
            </TabList>
            <div className={styles.select}>
              <FilterSelect
                shrink
                label={t('followUps.owner')}
                value={state.owner ?? ''}
                allLabel={t('followUps.overview.allOwners')}
                options={owners.map((o) => ({ value: o, label: o }))}
                onChange={(value) => update({ owner: value || null })}
              />
            </div>
            <div className={styles.select}>
              <FilterSelect
                shrink
                label={t('followUps.overview.sortBy')}
                value={state.direction === 'desc' ? 'desc' : ''}
                allLabel={t('followUps.overview.soonestFirst')}
                options={[{ value: 'desc', label: t('followUps.overview.latestFirst') }]}
                onChange={(value) => update({ direction: value === 'desc' ? 'desc' : 'asc' })}
              />
            </div>
          </div>
          <Text className={styles.count} role="status">
            {t('followUps.overview.count', { count: rows.length })}
          </Text>
          {rows.length === 0 ? (
            <EmptyState
              title={t('followUps.overview.noMatchTitle')}
              body={t('followUps.overview.noMatchBody')}
              action={
                filtered ? (
                  <Button appearance="primary" icon={<DismissRegular />} onClick={clear}>
                    {t('followUps.overview.showAll')}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <VirtualTable
              items={rows}
              columns={columns}
              getKey={(row) => row.followUp.id}
              onOpen={(row) => void navigate(`/visits/${row.visit.id}?tab=followUps`)}
              ariaLabel={title}
            />
          )}
        </>
      )}
    </Page>
  )
}
