import type { ReactElement } from 'react'
import { Button, makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components'
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons'
import { formatDateShort } from '@shared/dates'
import type { AgendaDay } from '@shared/domain/agenda'
import { neighbourDay } from '@shared/domain/agendaSchedule'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'
import { AgendaDaySection } from './AgendaDaySection'
import type { AgendaRowsContext } from './agendaRows'
import { useDayDrop } from './useDayDrop'

const useStyles = makeStyles({
  switcher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tabs: { overflowX: 'auto', flexGrow: 1 },
  tab: { borderRadius: tokens.borderRadiusMedium, outline: '2px dashed transparent' },
  over: { outlineColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  date: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
})

export type AgendaDayViewProps = {
  days: readonly AgendaDay<AgendaItem>[]
  shown: string
  onShow: (date: string) => void
  dayNumberOf: (date: string) => number | null
  ctx: AgendaRowsContext
  onAdd: (date: string) => void
  onDropItem: (itemId: string, date: string) => void
}

function DayTab(props: {
  day: AgendaDay<AgendaItem>
  label: string
  enabled: boolean
  onDropItem: (itemId: string) => void
}): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const drop = useDayDrop(props.enabled, props.onDropItem)
  const count = props.day.items.length
  return (
    <Tab
      value={props.day.date}
      className={mergeClasses(styles.tab, drop.over && styles.over)}
      aria-label={`${props.label}, ${formatDateShort(props.day.date, lang)}, ${t('programmeEditor.itemCount', { count })}`}
      {...drop.handlers}
    >
      {props.label}
      <span className={styles.date}>
        {formatDateShort(props.day.date, lang)} · {t('programmeEditor.itemCountShort', { count })}
      </span>
    </Tab>
  )
}

/** One day at a time, with a switcher of all days; an item dropped on a day's tab moves there. */
export function AgendaDayView(props: AgendaDayViewProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const dates = props.days.map((d) => d.date)
  const day = props.days.find((d) => d.date === props.shown) ?? props.days[0]
  const previous = day ? neighbourDay(dates, day.date, -1) : null
  const next = day ? neighbourDay(dates, day.date, 1) : null
  const labelOf = (date: string): string => {
    const n = props.dayNumberOf(date)
    return n === null ? t('programmeEditor.outsideDay') : t('agenda.dayNumber', { n })
  }
  if (!day) return <></>
  return (
    <>
      <div className={styles.switcher}>
        <Button
          icon={<ChevronLeftRegular />}
          aria-label={t('programmeEditor.view.previousDay')}
          title={t('programmeEditor.view.previousDay')}
          disabled={previous === null}
          onClick={() => previous && props.onShow(previous)}
        />
        <TabList
          className={styles.tabs}
          selectedValue={day.date}
          onTabSelect={(_, data) => props.onShow(String(data.value))}
          aria-label={t('programmeEditor.view.days')}
        >
          {props.days.map((d) => (
            <DayTab
              key={d.date}
              day={d}
              label={labelOf(d.date)}
              enabled={props.ctx.editable}
              onDropItem={(id) => props.onDropItem(id, d.date)}
            />
          ))}
        </TabList>
        <Button
          icon={<ChevronRightRegular />}
          aria-label={t('programmeEditor.view.nextDay')}
          title={t('programmeEditor.view.nextDay')}
          disabled={next === null}
          onClick={() => next && props.onShow(next)}
        />
      </div>
      <AgendaDaySection
        day={day}
        dayNumber={props.dayNumberOf(day.date)}
        ctx={props.ctx}
        onAdd={() => props.onAdd(day.date)}
        onDropItem={(id) => props.onDropItem(id, day.date)}
      />
    </>
  )
}
