import { checkWallClock, endDateFor } from '@shared/domain/agendaSchedule'
import { parseTimeEntry } from '@shared/domain/timeEntry'
import type { AgendaItem, AgendaItemInput, PressAccess } from '@shared/model/agenda'

/**
 * The agenda item form holds the input row without its visit, with "who attends" split in two:
 * the choice between the whole delegation and listed people, and the list. Keeping the list while
 * "whole delegation" is chosen means switching back and forth loses no picks. Times are held as
 * typed ("930", "+45") and read by the time-entry parser; the end date follows from the times.
 */
export type AgendaFormValues = Omit<
  AgendaItemInput,
  'visitId' | 'attendeeIds' | 'pressAccess' | 'endDate' | 'startFold' | 'endFold'
> & {
  attendance: Attendance
  attendeeIds: string[]
  /** '' while press access is not decided. */
  pressAccess: PressAccess | ''
  /** Which occurrence of a time that happens twice: '0' the earlier, '1' the later. */
  startFold: FoldChoice
  endFold: FoldChoice
}
export type Attendance = 'everyone' | 'listed'
export type FoldChoice = '0' | '1'

type Slot = { startTime: string; endTime: string; date?: string; endDate?: string }

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
export function suggestSlot(dayItems: readonly Slot[]): { startTime: string; endTime: string } {
  const lastEnd = dayItems.reduce((latest, item) => {
    // An item that ends after midnight fills its day to the end.
    const end =
      item.endDate && item.date && item.endDate > item.date ? 24 * 60 : minutesOf(item.endTime)
    return Math.max(latest, end)
  }, -1)
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
    startFold: '0',
    endFold: '0',
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
    startFold: item.startFold === 1 ? '1' : '0',
    endFold: item.endFold === 1 ? '1' : '0',
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

export type ItemClock = Pick<
  AgendaItemInput,
  'date' | 'startTime' | 'endDate' | 'endTime' | 'timeZone' | 'startFold' | 'endFold'
>

/**
 * The item's clock as the form's text means it: typed times parsed ("930" → 09:30, "+45" after
 * the start), the end on the next day when it is not after the start, and a fold only where the
 * zone shows that time twice. Text that does not parse is passed on for the schema to name.
 */
export function formClock(
  values: Pick<
    AgendaFormValues,
    'date' | 'startTime' | 'endTime' | 'timeZone' | 'startFold' | 'endFold'
  >,
): ItemClock {
  const start = parseTimeEntry(values.startTime)
  const startTime = start.ok ? start.time : values.startTime.trim()
  const end = parseTimeEntry(values.endTime, { base: start.ok ? start.time : null })
  const endTime = end.ok ? end.time : values.endTime.trim()
  const timeZone = values.timeZone.trim()
  // A half-typed date stays as typed; only a real one can have a next day.
  const datePresent = /^\d{4}-\d{2}-\d{2}$/.test(values.date)
  const endDate =
    start.ok && end.ok && datePresent ? endDateFor(values.date, startTime, endTime) : values.date
  const fold = (date: string, time: string, choice: FoldChoice): 0 | 1 =>
    choice === '1' && checkWallClock(date, time, timeZone).kind === 'twice' ? 1 : 0
  return {
    date: values.date,
    startTime,
    endDate,
    endTime,
    timeZone,
    startFold: fold(values.date, startTime, values.startFold),
    endFold: fold(endDate, endTime, values.endFold),
  }
}

export function agendaFormToInput(values: AgendaFormValues, visitId: string): AgendaItemInput {
  const { attendance, attendeeIds, pressAccess, ...rest } = values
  return {
    ...rest,
    ...formClock(values),
    visitId,
    pressAccess: pressAccess === '' ? null : pressAccess,
    counterpartIds: [...new Set(values.counterpartIds)],
    attendeeIds: attendance === 'everyone' ? null : [...new Set(attendeeIds)],
  }
}
