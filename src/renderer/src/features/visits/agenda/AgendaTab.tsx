import { useMemo, type ReactElement } from 'react'
import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import {
  agendaWarnings,
  defaultAgendaZone,
  groupAgendaByDay,
  isOutsideVisit,
} from '@shared/domain/agenda'
import { nightsBetween } from '@shared/domain/travel'
import { EmptyState, LoadingState, useRowEditor, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { contactOptions } from '../common/names'
import { useParticipantOptions } from '../common/useParticipantOptions'
import { VisitChildTab } from '../common/VisitChildList'
import type { VisitContext } from '../common/visitContext'
import { AgendaDaySection } from './AgendaDaySection'
import { AgendaItemDialog } from './AgendaItemDialog'
import { agendaItemToFormValues, emptyAgendaForm } from './agendaFormValues'

/** The visit's programme day by day, in local time and home time, with its warnings. */
export function AgendaTab({ visit, city, settings }: VisitContext): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const items = useVisitChildren('agendaItems', visit.id)
  const people = useParticipantOptions(visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const editor = useRowEditor(repos.agendaItems, {
    toValues: agendaItemToFormValues,
    newTitle: t('agenda.new'),
    editTitle: t('agenda.editItem'),
  })
  const editable = visit.deletedAt === null
  const zone = defaultAgendaZone(visit.direction, city?.timeZone, settings.homeTimeZone)

  const days = useMemo(() => groupAgendaByDay(items ?? [], visit), [items, visit])
  const warnings = useMemo(() => agendaWarnings(items ?? [], visit), [items, visit])
  const contactsById = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts])

  if (!items || !people || !contacts) return <LoadingState />

  const startNew = (date: string): void => {
    const dayItems = items.filter((i) => i.date === date)
    editor.startNew(emptyAgendaForm({ date, timeZone: zone, dayItems }))
  }
  const outside = items.filter((i) => warnings.get(i.id)?.some((w) => w.kind === 'outsideVisit'))

  return (
    <VisitChildTab
      add={editable ? { label: t('agenda.new'), onClick: () => startNew(visit.startDate) } : null}
      dialog={
        editor.dialog ? (
          <AgendaItemDialog
            {...editor.dialog}
            visitId={visit.id}
            homeZone={settings.homeTimeZone}
            homeCityName={settings.homeCityName}
            contactOptions={contactOptions(contacts)}
            participantOptions={people.options}
          />
        ) : null
      }
    >
      {outside.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('agenda.outsideSummary', { count: outside.length })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {days.length === 0 ? (
        <EmptyState title={t('agenda.empty')} />
      ) : (
        days.map((day) => (
          <AgendaDaySection
            key={day.date}
            day={day}
            dayNumber={
              isOutsideVisit(day, visit) ? null : nightsBetween(visit.startDate, day.date) + 1
            }
            warnings={warnings}
            visitZone={zone}
            homeZone={settings.homeTimeZone}
            homeCityName={settings.homeCityName}
            contactsById={contactsById}
            participantNameOf={people.nameOf}
            editable={editable}
            onAdd={() => startNew(day.date)}
            onEdit={editor.startEdit}
            onDelete={(item) => repos.agendaItems.remove(item.id)}
          />
        ))
      )}
    </VisitChildTab>
  )
}
