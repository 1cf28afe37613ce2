import { useMemo, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ChartMultipleRegular } from '@fluentui/react-icons'
import { todayIn } from '@shared/dates'
import { computeStrategyFigures, type Share } from '@shared/domain/strategyFigures'
import {
  EmptyState,
  FilterBar,
  FilterSelect,
  LoadingState,
  Page,
  PageHeader,
  useT,
} from '@renderer/components'
import { useStrategyData } from '@renderer/db/aggregateHooks'
import { usePartnerCities, useSettings } from '@renderer/db/hooks'
import { ThemeCoverageTable, VisitsPerCityTable } from './FigureTables'
import { KeyFigure } from './KeyFigure'

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
})

/** Strategy figures, computed from the data by src/shared/domain/strategyFigures.ts. */
export function ReportsPage(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const data = useStrategyData()
  const settings = useSettings()
  const cities = usePartnerCities()
  const [year, setYear] = useState('')

  const figures = useMemo(() => {
    if (!data || !settings) return undefined
    const today = todayIn(settings.homeTimeZone)
    return computeStrategyFigures(data, { year: year ? Number(year) : null, today })
  }, [data, settings, year])

  const cityLabel = (id: string): string =>
    cities?.find((c) => c.id === id)?.name[lang] ?? t('reports.unknownCity')
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })
  const shareText = (s: Share): string => (s.share === null ? '—' : percent.format(s.share))
  const ofText = (s: Share): string => t('reports.partOf', { part: s.part, whole: s.whole })

  return (
    <Page>
      <PageHeader title={t('nav.reports')} subtitle={t('reports.subtitle')} />
      {figures === undefined ? (
        <LoadingState />
      ) : figures.years.length === 0 ? (
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
          <FilterBar>
            <FilterSelect
              label={t('reports.year')}
              value={year}
              allLabel={t('reports.allYears')}
              options={figures.years.map((y) => ({ value: String(y), label: String(y) }))}
              onChange={setYear}
            />
          </FilterBar>
          <div className={styles.cards}>
            <KeyFigure
              label={t('reports.visits')}
              value={String(figures.visitCount)}
              detail={t('reports.visitsDetail')}
            />
            <KeyFigure
              label={t('reports.inProgramme')}
              value={shareText(figures.inProgramme)}
              detail={ofText(figures.inProgramme)}
            />
            <KeyFigure
              label={t('reports.onTime')}
              value={shareText(figures.followUps.onTime)}
              detail={t('reports.onTimeDetail', {
                part: figures.followUps.onTime.part,
                whole: figures.followUps.onTime.whole,
                overdue: figures.followUps.overdue,
                open: figures.followUps.open,
              })}
            />
            <KeyFigure
              label={t('reports.outsideGovernment')}
              value={shareText(figures.outsideGovernment)}
              detail={ofText(figures.outsideGovernment)}
            />
          </div>
          {figures.visitCount === 0 ? (
            <Text>{t('reports.noVisitsInYear')}</Text>
          ) : (
            <>
              <VisitsPerCityTable figures={figures} cityLabel={cityLabel} />
              <ThemeCoverageTable figures={figures} cityLabel={cityLabel} />
            </>
          )}
          <Text size={200} className={styles.note}>
            {t('reports.method')}
          </Text>
        </div>
      )}
    </Page>
  )
}
