import type { ReactElement } from 'react'
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { formatDayHeading } from '@shared/dates'
import type { AgendaDay } from '@shared/domain/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'
import { AgendaItemsTable } from './AgendaItemsTable'
import type { AgendaRowsContext } from './agendaRows'
import { useDayDrop } from './useDayDrop'

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    outline: '2px dashed transparent',
  },
  over: {
    outlineColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  dayNo: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
})

export type AgendaDaySectionProps = {
  day: AgendaDay<AgendaItem>
  /** "Tag 2" inside the visit; null for a day outside it. */
  dayNumber: number | null
  ctx: AgendaRowsContext
  onAdd: () => void
  /** An item dropped onto this day. */
  onDropItem: (itemId: string) => void
}

/** One day of the programme: its heading, "add", and its items; items can be dropped onto it. */
export function AgendaDaySection(props: AgendaDaySectionProps): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const { day, ctx } = props
  const heading = formatDayHeading(day.date, lang)
  const drop = useDayDrop(ctx.editable, props.onDropItem)

  return (
    <section
      className={mergeClasses(styles.section, drop.over && styles.over)}
      aria-label={heading}
      {...drop.handlers}
    >
      <div className={styles.head}>
        <Text as="h2" size={400} weight="semibold">
          {heading}
        </Text>
        <Text className={styles.dayNo}>
          {props.dayNumber === null
            ? t('agenda.outsideVisit')
            : t('agenda.dayNumber', { n: props.dayNumber })}
        </Text>
        {ctx.editable ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<AddRegular />}
            aria-label={t('agenda.addOnDay', { date: heading })}
            onClick={props.onAdd}
          >
            {t('common.add')}
          </Button>
        ) : null}
      </div>
      {day.items.length === 0 ? (
        <Text className={styles.empty}>
          {ctx.editable ? t('programmeEditor.dayEmptyEditable') : t('agenda.dayEmpty')}
        </Text>
      ) : (
        <AgendaItemsTable items={day.items} ctx={ctx} ariaLabel={heading} />
      )}
    </section>
  )
}
