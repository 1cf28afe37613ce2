import { useMemo, useState, type ReactElement } from 'react'
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import {
  agendaWarnings,
  defaultAgendaZone,
  groupAgendaByDay,
  isOutsideVisit,
} from '../../../../../shared/domain/agenda'
import { nightsBetween } from '../../../../../shared/domain/travel'
import type { AgendaItem, AgendaItemInput } from '../../../../../shared/model/agenda'
import { EmptyState, LoadingState, useNotify, useT } from '../../../components'
import { useRepos } from '../../../db/DbContext'
import { useContacts, useVisitChildren } from '../../../db/hooks'
import { contactLabel, contactName } from '../common/names'
import type { VisitContext } from '../common/visitContext'
import { AgendaDaySection } from './AgendaDaySection'
import { AgendaItemDialog } from './AgendaItemDialog'
import { agendaItemToFormValues, emptyAgendaForm, type AgendaFormValues } from './agendaFormValues'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

type Editing = { item: AgendaItem | null; values: AgendaFormValues }

/** The visit's programme day by day, in local time and home time, with its warnings. */
export function AgendaTab({ visit, city, settings }: VisitContext): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const notify = useNotify()
  const repos = useRepos()
  const items = useVisitChildren('agendaItems', visit.id)
  const participants = useVisitChildren('participants', visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const [editing, setEditing] = useState<Editing | null>(null)
  const editable = visit.deletedAt === null
  const zone = defaultAgendaZone(visit.direction, city?.timeZone, settings.homeTimeZone)

  const days = useMemo(() => groupAgendaByDay(items ?? [], visit), [items, visit])
  const warnings = useMemo(() => agendaWarnings(items ?? [], visit), [items, visit])
  const contactsById = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts])

  if (!items || !participants || !contacts) return <LoadingState />

  const contactOptions = contacts
    .filter((c) => c.deletedAt === null)
    .map((c) => ({ value: c.id, label: contactLabel(c) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'))
  const participantOptions = participants.map((p) => {
    const contact = contactsById.get(p.contactId)
    return { value: p.id, label: contact ? contactName(contact) : '?' }
  })
  const participantNames = new Map(participantOptions.map((o) => [o.value, o.label]))

  const startNew = (date: string): void => {
    const dayItems = items.filter((i) => i.date === date)
    setEditing({ item: null, values: emptyAgendaForm({ date, timeZone: zone, dayItems }) })
  }
  const save = async (input: AgendaItemInput): Promise<void> => {
    if (editing?.item) await repos.agendaItems.update(editing.item.id, input)
    else await repos.agendaItems.create(input)
    notify({ title: t('common.saved') })
  }
  const outside = items.filter((i) => warnings.get(i.id)?.some((w) => w.kind === 'outsideVisit'))

  return (
    <div className={styles.root}>
      {editable ? (
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => startNew(visit.startDate)}
          >
            {t('agenda.new')}
          </Button>
        </div>
      ) : null}
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
            participantNames={participantNames}
            editable={editable}
            onAdd={() => startNew(day.date)}
            onEdit={(item) => setEditing({ item, values: agendaItemToFormValues(item) })}
            onDelete={(item) => repos.agendaItems.remove(item.id)}
          />
        ))
      )}
      <AgendaItemDialog
        open={editing !== null}
        title={editing?.item ? t('agenda.editItem') : t('agenda.new')}
        visitId={visit.id}
        defaultValues={
          editing?.values ?? emptyAgendaForm({ date: visit.startDate, timeZone: zone })
        }
        homeZone={settings.homeTimeZone}
        homeCityName={settings.homeCityName}
        contactOptions={contactOptions}
        participantOptions={participantOptions}
        onSave={save}
        onClose={() => setEditing(null)}
      />
    </div>
  )
}
