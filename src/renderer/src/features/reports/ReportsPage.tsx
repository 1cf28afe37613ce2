import { useCallback, useMemo, type ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { ChartMultipleRegular } from '@fluentui/react-icons'
import { percentText, strategyCharts } from '@shared/charts/strategyCharts'
import { formatDate, todayIn } from '@shared/dates'
import { computeStrategyFigures } from '@shared/domain/strategyFigures'
import type { StrategyTables } from '@shared/documents/report/strategyReportData'
import { EmptyState, LoadingState, Page, PageHeader, useT } from '@renderer/components'
import { useStrategyData } from '@renderer/db/aggregateHooks'
import { usePartnerCities, useSettings } from '@renderer/db/hooks'
import { ChartFigure } from './ChartFigure'
import { KeyFigure } from './KeyFigure'
import { ProgrammeGaps } from './ProgrammeGaps'
import { ReportDownload } from './ReportDownload'
import { chooseReportYear } from './reportYear'

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'flex-start',
  },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
})

/** The strategy report of a year: key figures, charts with their tables, and the DOCX. */
export function ReportsPage(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const data = useStrategyData()
  const settings = useSettings()
  const cities = usePartnerCities()

  const view = useMemo(() => {
    if (!data || !settings || !cities) return undefined
    const today = todayIn(settings.homeTimeZone)
    const years = computeStrategyFigures(data, { year: null, today }).years
    const year = chooseReportYear(years, params.get('year'), Number(today.slice(0, 4)))
    if (year === null) return { years, year, figures: null, tables: null }
    // Only what the figures read goes to the worker: a contact's photo is no figure.
    const tables: StrategyTables = {
      ...data,
      contacts: data.contacts.map((c) => ({ id: c.id, organizationId: c.organizationId })),
      partnerCities: cities.map((c) => ({ id: c.id, name: c.name })),
      settings: [settings],
    }
    return { years, year, figures: computeStrategyFigures(data, { year, today }), tables }
  }, [data, settings, cities, params])

  const cityLabel = useCallback(
    (id: string): string =>
      cities?.find((c) => c.id === id)?.name[lang] ?? t('reports.unknownCity'),
    [cities, lang, t],
  )
  const charts = useMemo(
    () => (view?.figures ? strategyCharts(view.figures, { t, lang, cityLabel }) : []),
    [view, t, lang, cityLabel],
  )

  if (view === undefined)
    return (
      <Page>
        <PageHeader title={t('nav.reports')} subtitle={t('reports.subtitle')} />
        <LoadingState />
      </Page>
    )
  const { figures, year, tables } = view
  const ofText = (part: number, whole: number): string =>
    t('strategyReport.partOf', { part, whole })

  return (
    <Page>
      <PageHeader title={t('nav.reports')} subtitle={t('reports.subtitle')} />
      {figures === null || year === null || tables === null ? (
        <EmptyState
          icon={<ChartMultipleRegular />}
          title={t('reports.emptyTitle')}
          body={t('reports.emptyBody')}
          action={
            <Button appearance="primary" onClick={() => void navigate('/visits')}>
              {t('reports.toVisits')}
            </Button>
          }
        />
      ) : (
        <div className={styles.stack}>
          <div className={styles.toolbar}>
            <Field label={t('strategyReport.yearPicker')}>
              <Select
                value={String(year)}
                onChange={(_, d) => setParams({ year: d.value }, { replace: true })}
              >
                {view.years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </Select>
            </Field>
            <ReportDownload tables={tables} year={year} />
          </div>
          <div className={styles.cards}>
            <KeyFigure
              label={t('reports.visits')}
              value={String(figures.visitCount)}
              detail={t('reports.visitsDetail')}
            />
            <KeyFigure
              label={t('strategyReport.share.inProgramme')}
              value={percentText(lang, figures.inProgramme.share)}
              detail={ofText(figures.inProgramme.part, figures.inProgramme.whole)}
            />
            <KeyFigure
              label={t('strategyReport.share.onTime')}
              value={percentText(lang, figures.followUps.onTime.share)}
              detail={t('reports.onTimeDetail', {
                part: figures.followUps.onTime.part,
                whole: figures.followUps.onTime.whole,
                overdue: figures.followUps.overdue,
                open: figures.followUps.open,
              })}
            />
            <KeyFigure
              label={t('strategyReport.share.outsideGovernment')}
              value={percentText(lang, figures.outsideGovernment.share)}
              detail={ofText(figures.outsideGovernment.part, figures.outsideGovernment.whole)}
            />
          </div>
          {figures.visitCount === 0 ? (
            <Text>{t('strategyReport.noVisitsInYear', { year })}</Text>
          ) : null}
          {charts.map((chart) => (
            <ChartFigure key={chart.id} chart={chart} />
          ))}
          <ProgrammeGaps gaps={figures.programmeGaps} asOf={figures.asOf} cityLabel={cityLabel} />
          <Text size={200} className={styles.note}>
            {t('strategyReport.method', { asOf: formatDate(figures.asOf, lang) })}
          </Text>
        </div>
      )}
    </Page>
  )
}
