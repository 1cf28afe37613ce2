import type { ReactElement } from 'react'
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { CopyRegular } from '@fluentui/react-icons'
import { agendaDurationMinutes, agendaTimesIn, attendeeScope } from '@shared/domain/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'
import { contactName } from '../common/names'
import { PeopleSummary } from '../common/PeopleSummary'
import { RowActions } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import { AgendaBriefing } from './AgendaBriefing'
import { rowToneOf, type AgendaRowsContext } from './agendaRows'
import { durationText, spanText } from './agendaText'
import { ConflictMessages } from './ConflictMessages'
import { MoveItemMenu } from './MoveItemMenu'
import { SeatingLink } from '../seating/SeatingLink'

const useStyles = makeStyles({
  local: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  sub: { display: 'block', color: tokens.colorNeutralForeground3 },
  small: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  nextDay: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
  nobody: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200 },
})

/** One day's items in time order: local and home time side by side, conflicts on each row. */
export function AgendaItemsTable(props: {
  items: readonly AgendaItem[]
  ctx: AgendaRowsContext
  ariaLabel: string
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { ctx } = props

  const attendeesOf = (item: AgendaItem): ReactElement | string => {
    const scope = attendeeScope(item.attendeeIds)
    switch (scope.kind) {
      case 'everyone':
        return t('agenda.wholeDelegation')
      case 'nobodyListed':
        return <span className={styles.nobody}>{t('agenda.nobodyListed')}</span>
      case 'listed':
        return <PeopleSummary ids={scope.ids} nameOf={ctx.participantNameOf} />
      default: {
        const unknown: never = scope
        return unknown
      }
    }
  }

  const columns: SimpleColumn<AgendaItem>[] = [
    {
      id: 'local',
      header: t('agenda.localTime'),
      width: '170px',
      render: (item) => (
        <span className={styles.local}>
          <MoveItemMenu item={item} ctx={ctx} />
          <span>
            {item.startTime}–{item.endTime}
            {item.endDate !== item.date ? (
              <span className={styles.nextDay}> {t('programmeEditor.time.nextDay')}</span>
            ) : null}
            <span className={styles.small}>{durationText(agendaDurationMinutes(item), t)}</span>
            {item.timeZone !== ctx.visitZone ? (
              <span className={styles.small}>{item.timeZone}</span>
            ) : null}
          </span>
        </span>
      ),
    },
    {
      id: 'home',
      header: t('agenda.homeTime', { city: ctx.homeCityName }),
      width: '160px',
      render: (item) => spanText(agendaTimesIn(item, ctx.homeZone), t),
    },
    {
      id: 'title',
      header: t('agenda.title'),
      render: (item) => {
        // An id that resolves to nothing (an older backup) still shows that someone was named.
        const counterparts = item.counterpartIds.map((id) => {
          const contact = ctx.contactsById.get(id)
          return contact ? contactName(contact) : t('privacy.removedContact')
        })
        return (
          <>
            <span className={styles.title}>{item.title}</span>
            <span className={styles.small}>{t(`enum.agendaKind.${item.kind}`)}</span>
            {item.place ? <span className={styles.sub}>{item.place}</span> : null}
            {counterparts.length > 0 ? (
              <span className={styles.sub}>
                {t('agenda.counterparts')}: {counterparts.join(', ')}
              </span>
            ) : null}
            <span className={styles.sub}>
              {t('agenda.attendees')}: {attendeesOf(item)}
            </span>
            <AgendaBriefing item={item} />
            <SeatingLink item={item} />
          </>
        )
      },
    },
    {
      id: 'conflicts',
      header: t('programmeEditor.conflicts.column'),
      width: '240px',
      render: (item) => (
        <span className={styles.notes}>
          <ConflictMessages
            conflicts={ctx.conflictsOf(item.id)}
            ariaLabel={t('programmeEditor.conflicts.ofItem', { title: item.title })}
          />
          {attendeeScope(item.attendeeIds).kind === 'nobodyListed' ? (
            <span className={styles.hint}>{t('agenda.nobodyListed')}</span>
          ) : null}
        </span>
      ),
    },
  ]
  if (ctx.editable) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      width: '120px',
      render: (item) => (
        <RowActions
          name={item.title}
          onEdit={() => ctx.onEdit(item)}
          onDelete={() => ctx.onDelete(item)}
          leading={
            <Button
              size="small"
              appearance="subtle"
              icon={<CopyRegular />}
              aria-label={t('programmeEditor.duplicateItem', { name: item.title })}
              title={t('programmeEditor.duplicate')}
              onClick={() => ctx.onDuplicate(item)}
            />
          }
        />
      ),
    })
  }

  return (
    <SimpleTable
      items={props.items}
      columns={columns}
      getKey={(item) => item.id}
      ariaLabel={props.ariaLabel}
      rowTone={(item) => rowToneOf(ctx.conflictsOf(item.id))}
    />
  )
}
