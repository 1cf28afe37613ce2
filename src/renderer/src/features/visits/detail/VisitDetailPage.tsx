import type { ReactElement } from 'react'
import { useParams, useSearchParams } from 'react-router'
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components'
import { formatDateRange } from '@shared/dates'
import { BackLink, EmptyState, LoadingState, Page, PageHeader, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { usePartnerCities, useSettings, useVisit } from '@renderer/db/hooks'
import { AgendaTab } from '../agenda/AgendaTab'
import { AgendaTabLabel } from '../agenda/AgendaTabLabel'
import { useSafeAction } from '../common/useSafeAction'
import type { VisitContext } from '../common/visitContext'
import { StatusBadge } from '../common/StatusBadge'
import { DocumentsTab } from '../documents/DocumentsTab'
import { FollowUpsTab } from '../followups/FollowUpsTab'
import { GiftsTab } from '../gifts/GiftsTab'
import { ItineraryTab } from '../itinerary/ItineraryTab'
import { LogisticsTab } from '../logistics/LogisticsTab'
import { ParticipantsTab } from '../participants/ParticipantsTab'
import { CopyVisitAction } from './CopyVisitDialog'
import { OverviewTab } from './OverviewTab'
import { tabFromParam, VISIT_TABS, type VisitTab } from './visitTabs'

const useStyles = makeStyles({
  subtitle: { display: 'inline-flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  panel: { paddingTop: tokens.spacingVerticalM },
})

function TabContent({ tab, ctx }: { tab: VisitTab; ctx: VisitContext }): ReactElement {
  switch (tab) {
    case 'overview':
      return <OverviewTab {...ctx} />
    case 'participants':
      return <ParticipantsTab {...ctx} />
    case 'agenda':
      return <AgendaTab {...ctx} />
    case 'logistics':
      return <LogisticsTab {...ctx} />
    case 'itinerary':
      return <ItineraryTab {...ctx} />
    case 'gifts':
      return <GiftsTab {...ctx} />
    case 'followUps':
      return <FollowUpsTab {...ctx} />
    case 'documents':
      return <DocumentsTab {...ctx} />
    default: {
      const never: never = tab
      return never
    }
  }
}

/** One visit: header, trash notice, and its tabs; the tab is in the URL (?tab=agenda). */
export function VisitDetailPage(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const run = useSafeAction()
  const repos = useRepos()
  const { id = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const tab = tabFromParam(params.get('tab'))
  const visit = useVisit(id)
  const cities = usePartnerCities()
  const settings = useSettings()

  const back = <BackLink to="/visits">{t('visits.detail.back')}</BackLink>

  if (visit === undefined || !cities || !settings) {
    return (
      <Page>
        <LoadingState />
      </Page>
    )
  }
  if (visit === null) {
    return (
      <Page>
        <EmptyState title={t('visits.detail.notFound')} action={back} />
      </Page>
    )
  }

  const city = cities.find((c) => c.id === visit.cityId)
  const ctx: VisitContext = { visit, city, settings }

  return (
    <Page>
      <PageHeader
        above={back}
        title={visit.title}
        actions={
          visit.deletedAt === null ? (
            <CopyVisitAction visit={visit} homeTimeZone={settings.homeTimeZone} />
          ) : undefined
        }
        subtitle={
          <span className={styles.subtitle}>
            {[
              city?.name[lang],
              t(`enum.direction.${visit.direction}`),
              formatDateRange(visit.startDate, visit.endDate, lang),
            ]
              .filter(Boolean)
              .join(' · ')}
            <StatusBadge status={visit.status} />
          </span>
        }
      />
      {visit.deletedAt !== null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('visits.detail.inTrash')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => run(() => repos.visits.restore(visit.id), t('common.restored'))}>
              {t('common.restore')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setParams({ tab: String(data.value) }, { replace: true })}
        aria-label={t('visits.detail.tabs')}
      >
        {VISIT_TABS.map((value) => (
          <Tab key={value} value={value} id={`visit-tab-${value}`}>
            {value === 'agenda' ? <AgendaTabLabel visitId={visit.id} /> : t(`visits.tab.${value}`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`visit-tab-${tab}`} className={styles.panel}>
        <TabContent tab={tab} ctx={ctx} />
      </div>
    </Page>
  )
}
