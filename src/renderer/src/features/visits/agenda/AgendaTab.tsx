import { useMemo, useState, type ReactElement } from 'react'
import { formatDayHeading, todayIn } from '@shared/dates'
import type { Conflict } from '@shared/domain/conflicts'
import { defaultAgendaZone, groupAgendaByDay, isOutsideVisit } from '@shared/domain/agenda'
import { nightsBetween } from '@shared/domain/travel'
import { EmptyState, LoadingState, useRowEditor, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { useContactSearchKey } from '@renderer/features/contacts'
import { contactOptions } from '../common/names'
import { useParticipantOptions } from '../common/useParticipantOptions'
import { VisitChildTab } from '../common/VisitChildList'
import type { VisitContext } from '../common/visitContext'
import { useConflictChecker } from '../conflicts/useConflicts'
import { AgendaDayView } from './AgendaDayView'
import { AgendaItemDialog } from './AgendaItemDialog'
import { AgendaListView } from './AgendaListView'
import { AgendaKeysHint, AgendaViewToggle } from './AgendaToolbar'
import { agendaItemToFormValues, emptyAgendaForm, type AgendaFormValues } from './agendaFormValues'
import type { AgendaRowsContext } from './agendaRows'
import { useAgendaView, useShownDay } from './agendaViewState'
import { ConflictsPanel } from './ConflictsPanel'
import { duplicateValues, useMoveItem } from './useAgendaActions'
import { useFocusItem } from './useFocusItem'

const NO_CONFLICTS: readonly Conflict[] = []

/** The visit's programme by day or as one list, in local and home time, with its conflicts. */
export function AgendaTab({ visit, city, settings }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const repos = useRepos()
  const items = useVisitChildren('agendaItems', visit.id)
  const people = useParticipantOptions(visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const contactKey = useContactSearchKey()
  const checker = useConflictChecker()
  const editor = useRowEditor(repos.agendaItems, {
    toValues: agendaItemToFormValues,
    newTitle: t('agenda.new'),
    editTitle: t('agenda.editItem'),
  })
  // A new item's identity for the live conflict check, fresh for every dialog.
  const [draft, setDraft] = useState<{ id: string; title: string | null }>({ id: '', title: null })
  const [view, setView] = useAgendaView()
  const editable = visit.deletedAt === null
  const zone = defaultAgendaZone(visit.direction, city?.timeZone, settings.homeTimeZone)

  const days = useMemo(() => groupAgendaByDay(items ?? [], visit), [items, visit])
  const dates = useMemo(() => days.map((d) => d.date), [days])
  const today = todayIn(zone)
  const [shownDay, showDay] = useShownDay(
    visit.id,
    dates,
    dates.includes(today)
      ? today
      : ((days.find((d) => d.items.length > 0) ?? days[0])?.date ?? null),
  )
  const itemsById = useMemo(() => new Map((items ?? []).map((i) => [i.id, i])), [items])
  const conflicts = useMemo(() => checker?.forVisit(visit.id) ?? [], [checker, visit.id])
  const conflictsByItem = useMemo(() => {
    const map = new Map<string, Conflict[]>()
    for (const c of conflicts) for (const id of c.itemIds) map.set(id, [...(map.get(id) ?? []), c])
    return map
  }, [conflicts])
  const contactsById = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts])
  const moveItem = useMoveItem()
  const focusItem = useFocusItem(items)

  if (!items || !people || !contacts) return <LoadingState />

  const dayNumberOf = (date: string): number | null =>
    isOutsideVisit({ date }, visit) ? null : nightsBetween(visit.startDate, date) + 1
  const startNew = (values: AgendaFormValues, title: string | null = null): void => {
    setDraft({ id: crypto.randomUUID(), title })
    editor.startNew(values)
  }
  const addOn = (date: string): void => {
    const dayItems = items.filter((i) => i.date === date)
    startNew(emptyAgendaForm({ date, timeZone: zone, dayItems }))
  }
  const ctx: AgendaRowsContext = {
    visitZone: zone,
    homeZone: settings.homeTimeZone,
    homeCityName: settings.homeCityName,
    contactsById,
    participantNameOf: people.nameOf,
    editable,
    conflictsOf: (id) => conflictsByItem.get(id) ?? NO_CONFLICTS,
    days: days.map((d) => {
      const n = dayNumberOf(d.date)
      const heading = formatDayHeading(d.date, lang)
      return {
        date: d.date,
        label: n === null ? heading : `${t('agenda.dayNumber', { n })} – ${heading}`,
      }
    }),
    onEdit: editor.startEdit,
    onDuplicate: (item) => startNew(duplicateValues(item), t('programmeEditor.duplicateTitle')),
    onDelete: (item) => repos.agendaItems.remove(item.id),
    onMove: (item, date, byKeyboard) => {
      void moveItem(item, date).then((moved) => {
        if (!moved || !byKeyboard) return
        if (view === 'day') showDay(date)
        focusItem(item.id, date)
      })
    },
  }
  const dropItem = (id: string, date: string): void => {
    const item = itemsById.get(id)
    if (item) ctx.onMove(item, date, false)
  }
  const jump = (id: string): void => {
    const item = itemsById.get(id)
    if (!item) return
    if (view === 'day') showDay(item.date)
    focusItem(id, item.date)
  }

  return (
    <VisitChildTab
      add={
        editable
          ? { label: t('agenda.new'), onClick: () => addOn(shownDay ?? visit.startDate) }
          : null
      }
      status={<AgendaViewToggle view={view} onView={setView} />}
      dialog={
        editor.dialog ? (
          <AgendaItemDialog
            {...editor.dialog}
            title={editor.row ? editor.dialog.title : (draft.title ?? editor.dialog.title)}
            visitId={visit.id}
            itemId={editor.row?.id ?? draft.id}
            checker={checker}
            homeZone={settings.homeTimeZone}
            homeCityName={settings.homeCityName}
            contactOptions={contactOptions(contacts, undefined, contactKey)}
            participantOptions={people.options}
          />
        ) : null
      }
    >
      {editable ? <AgendaKeysHint /> : null}
      {items.length > 0 ? (
        <ConflictsPanel conflicts={conflicts} itemsById={itemsById} onJump={jump} />
      ) : null}
      {days.length === 0 ? (
        <EmptyState
          title={t('agenda.empty')}
          body={editable ? t('programmeEditor.emptyBody') : undefined}
        />
      ) : view === 'day' && shownDay ? (
        <AgendaDayView
          days={days}
          shown={shownDay}
          onShow={showDay}
          dayNumberOf={dayNumberOf}
          ctx={ctx}
          onAdd={addOn}
          onDropItem={dropItem}
        />
      ) : (
        <AgendaListView
          days={days}
          dayNumberOf={dayNumberOf}
          ctx={ctx}
          onAdd={addOn}
          onDropItem={dropItem}
        />
      )}
    </VisitChildTab>
  )
}
