import type { AgendaItem, AgendaItemInput, PressAccess } from '@shared/model/agenda'

/**
 * The agenda item form holds the input row without its visit, with "who attends" split in two:
 * the choice between the whole delegation and listed people, and the list. Keeping the list while
 * "whole delegation" is chosen means switching back and forth loses no picks.
 */
export type AgendaFormValues = Omit<AgendaItemInput, 'visitId' | 'attendeeIds' | 'pressAccess'> & {
  attendance: Attendance
  attendeeIds: string[]
  /** '' while press access is not decided. */
  pressAccess: PressAccess | ''
}
export type Attendance = 'everyone' | 'listed'

type Slot = { startTime: string; endTime: string }

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

function timeOf(minutes: number): string {
  const clamped = Math.max(0, Math.min(minutes, 23 * 60 + 59))
  const h = String(Math.floor(clamped / 60)).padStart(2, '0')
  const m = String(clamped % 60).padStart(2, '0')
  return `${h}:${m}`
}

/**
 * Where a new item of a day most likely goes: right after the day's last item, one hour long;
 * on an empty day at nine. Keeps typing to a minimum when a programme is built in order.
 */
export function suggestSlot(dayItems: readonly Slot[]): Slot {
  const lastEnd = dayItems.reduce((latest, item) => Math.max(latest, minutesOf(item.endTime)), -1)
  const start = lastEnd < 0 ? 9 * 60 : Math.min(lastEnd, 23 * 60)
  return { startTime: timeOf(start), endTime: timeOf(start + 60) }
}

export function emptyAgendaForm(options: {
  date: string
  timeZone: string
  dayItems?: readonly Slot[]
}): AgendaFormValues {
  return {
    date: options.date,
    ...suggestSlot(options.dayItems ?? []),
    timeZone: options.timeZone,
    kind: 'meeting',
    title: '',
    place: '',
    address: '',
    counterpartIds: [],
    attendance: 'everyone',
    attendeeIds: [],
    purpose: '',
    talkingPoints: '',
    dressCode: '',
    interpreter: '',
    notes: '',
    desiredOutcome: '',
    pointsToMake: '',
    defensiveLines: '',
    pressAccess: '',
    vehicle: '',
    seatingNote: '',
  }
}

export function agendaItemToFormValues(item: AgendaItem): AgendaFormValues {
  return {
    date: item.date,
    startTime: item.startTime,
    endTime: item.endTime,
    timeZone: item.timeZone,
    kind: item.kind,
    title: item.title,
    place: item.place,
    address: item.address,
    counterpartIds: [...item.counterpartIds],
    attendance: item.attendeeIds === null ? 'everyone' : 'listed',
    attendeeIds: [...(item.attendeeIds ?? [])],
    purpose: item.purpose,
    talkingPoints: item.talkingPoints,
    dressCode: item.dressCode,
    interpreter: item.interpreter,
    notes: item.notes,
    desiredOutcome: item.desiredOutcome,
    pointsToMake: item.pointsToMake,
    defensiveLines: item.defensiveLines,
    pressAccess: item.pressAccess ?? '',
    vehicle: item.vehicle,
    seatingNote: item.seatingNote,
  }
}

export function agendaFormToInput(values: AgendaFormValues, visitId: string): AgendaItemInput {
  const { attendance, attendeeIds, pressAccess, ...rest } = values
  return {
    ...rest,
    visitId,
    pressAccess: pressAccess === '' ? null : pressAccess,
    timeZone: values.timeZone.trim(),
    counterpartIds: [...new Set(values.counterpartIds)],
    attendeeIds: attendance === 'everyone' ? null : [...new Set(attendeeIds)],
  }
}
