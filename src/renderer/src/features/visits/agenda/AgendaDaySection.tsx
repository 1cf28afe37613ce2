import type { ReactElement } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, WarningFilled } from '@fluentui/react-icons'
import { formatDayHeading } from '@shared/dates'
import type { AgendaDay, AgendaWarning } from '@shared/domain/agenda'
import { agendaDurationMinutes, agendaTimesIn, attendeeScope } from '@shared/domain/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import type { Contact } from '@shared/model/contact'
import { useT } from '@renderer/components'
import { contactName } from '../common/names'
import { PeopleSummary } from '../common/PeopleSummary'
import { rowActionsColumn } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import { AgendaBriefing } from './AgendaBriefing'
import { durationText, spanText } from './agendaText'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  dayNo: { color: tokens.colorNeutralForeground3 },
  title: { fontWeight: tokens.fontWeightSemibold },
  sub: { display: 'block', color: tokens.colorNeutralForeground3 },
  warnings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  warning: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorStatusWarningForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  warningIcon: { flexShrink: 0, marginTop: '2px', color: tokens.colorStatusWarningForeground1 },
  zone: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  empty: { color: tokens.colorNeutralForeground3 },
  nobody: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
})

export type AgendaDaySectionProps = {
  day: AgendaDay<AgendaItem>
  /** "Tag 2" inside the visit; null for a day outside it. */
  dayNumber: number | null
  warnings: Map<string, AgendaWarning[]>
  visitZone: string
  homeZone: string
  homeCityName: string
  contactsById: Map<string, Contact>
  participantNameOf: (participantId: string) => string
  editable: boolean
  onAdd: () => void
  onEdit: (item: AgendaItem) => void
  onDelete: (item: AgendaItem) => Promise<void>
}

export function AgendaDaySection(props: AgendaDaySectionProps): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const { day } = props
  const heading = formatDayHeading(day.date, lang)
  const titleOf = (id: string): string => day.items.find((i) => i.id === id)?.title ?? ''
  const warningText = (w: AgendaWarning): string => {
    switch (w.kind) {
      case 'outsideVisit':
        return t('agenda.outsideVisit')
      case 'overlap':
        return t('agenda.overlapWith', { titles: w.otherIds.map(titleOf).join(', ') })
      case 'nobodyListed':
        return t('agenda.nobodyListed')
      default: {
        const unknown: never = w
        return unknown
      }
    }
  }

  const columns: SimpleColumn<AgendaItem>[] = [
    {
      id: 'local',
      header: t('agenda.localTime'),
      width: '120px',
      render: (item) => (
        <>
          {item.startTime}–{item.endTime}
          <span className={styles.zone}>{durationText(agendaDurationMinutes(item), t)}</span>
          {item.timeZone !== props.visitZone ? (
            <span className={styles.zone}>{item.timeZone}</span>
          ) : null}
        </>
      ),
    },
    {
      id: 'home',
      header: t('agenda.homeTime', { city: props.homeCityName }),
      width: '170px',
      render: (item) => spanText(agendaTimesIn(item, props.homeZone), t),
    },
    {
      id: 'kind',
      header: t('agenda.kind'),
      width: '110px',
      render: (item) => t(`enum.agendaKind.${item.kind}`),
    },
    {
      id: 'title',
      header: t('agenda.title'),
      render: (item) => {
        const counterparts = item.counterpartIds
          .map((id) => props.contactsById.get(id))
          .filter((c): c is Contact => c !== undefined)
          .map(contactName)
        const scope = attendeeScope(item.attendeeIds)
        const attendees = ((): ReactElement | string => {
          switch (scope.kind) {
            case 'everyone':
              return t('agenda.wholeDelegation')
            case 'nobodyListed':
              return <span className={styles.nobody}>{t('agenda.nobodyListed')}</span>
            case 'listed':
              return <PeopleSummary ids={scope.ids} nameOf={props.participantNameOf} />
            default: {
              const unknown: never = scope
              return unknown
            }
          }
        })()
        return (
          <>
            <span className={styles.title}>{item.title}</span>
            {item.place ? <span className={styles.sub}>{item.place}</span> : null}
            {counterparts.length > 0 ? (
              <span className={styles.sub}>
                {t('agenda.counterparts')}: {counterparts.join(', ')}
              </span>
            ) : null}
            <span className={styles.sub}>
              {t('agenda.attendees')}: {attendees}
            </span>
            <AgendaBriefing item={item} />
          </>
        )
      },
    },
    {
      id: 'warnings',
      header: t('agenda.warnings'),
      width: '200px',
      render: (item) => (
        <span className={styles.warnings}>
          {(props.warnings.get(item.id) ?? []).map((w) => (
            <span key={w.kind} className={styles.warning}>
              <WarningFilled className={styles.warningIcon} aria-hidden />
              {warningText(w)}
            </span>
          ))}
        </span>
      ),
    },
  ]
  if (props.editable) {
    columns.push(
      rowActionsColumn(t('common.actions'), (item) => ({
        name: item.title,
        onEdit: () => props.onEdit(item),
        onDelete: () => props.onDelete(item),
      })),
    )
  }

  return (
    <section className={styles.section} aria-label={heading}>
      <div className={styles.head}>
        <Text as="h2" size={400} weight="semibold">
          {heading}
        </Text>
        <Text className={styles.dayNo}>
          {props.dayNumber === null
            ? t('agenda.outsideVisit')
            : t('agenda.dayNumber', { n: props.dayNumber })}
        </Text>
        {props.editable ? (
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
        <Text className={styles.empty}>{t('agenda.dayEmpty')}</Text>
      ) : (
        <SimpleTable
          items={day.items}
          columns={columns}
          getKey={(item) => item.id}
          ariaLabel={heading}
          rowTone={(item) => (props.warnings.has(item.id) ? 'warning' : null)}
        />
      )}
    </section>
  )
}
