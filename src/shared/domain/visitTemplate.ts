import {
  addDaysToDate,
  instantToWallClock,
  wallClockCandidates,
  wallClockToInstant,
} from '../dates'
import type { Accommodation, AgendaItem, TravelSegment } from '../model/agenda'
import type { Participant, Visit } from '../model/visit'
import { planPrincipalParticipants } from './principals'

/** A row as the copy plans it: its new id, without the stamps the data layer adds on writing. */
export type PlannedRow<T> = Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt' | 'demo'>

/** The earlier visit and the rows of it that a copy may take along. */
export type VisitTemplateSource = {
  visit: Visit
  participants: readonly Participant[]
  agendaItems: readonly AgendaItem[]
  travelSegments: readonly TravelSegment[]
  accommodations: readonly Accommodation[]
}

export type VisitTemplateChoices = {
  title: string
  /** The new first day; the last day follows at the same distance as before. */
  startDate: string
  /** Participants, head of delegation, host and counterparts. */
  keepPeople: boolean
  /** Travel segments and hotel stays, shifted like the programme. */
  copyLogistics: boolean
}

/** A programme time the zone skips on the new date, moved to the first minute that exists. */
export type MovedTime = {
  itemId: string
  title: string
  which: 'start' | 'end'
  date: string
  from: string
  to: string
}

export type VisitCopyPlan = {
  visit: PlannedRow<Visit>
  participants: PlannedRow<Participant>[]
  agendaItems: PlannedRow<AgendaItem>[]
  travelSegments: PlannedRow<TravelSegment>[]
  accommodations: PlannedRow<Accommodation>[]
  /** Days between the old and the new start. */
  dayShift: number
  movedTimes: MovedTime[]
}

const DAY_MS = 86_400_000

/** Whole calendar days from one local date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

function withoutStamps<T extends { createdAt: string; updatedAt: string }>(
  row: T,
): Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt' | 'demo'> {
  const copy: Record<string, unknown> = { ...row }
  for (const key of ['createdAt', 'updatedAt', 'deletedAt', 'demo']) delete copy[key]
  return copy as Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt' | 'demo'>
}

type Clock = { date: string; time: string; fold: 0 | 1; moved: boolean }

/**
 * The same wall-clock time some days later in the same zone. The fold survives only where the
 * time still happens twice; a time the zone skips on the new date moves forward to the first
 * minute that exists (02:30 on the night clocks go forward becomes 03:30), as it would on a
 * clock, because the schema refuses times that do not exist.
 */
function shiftClock(date: string, time: string, fold: 0 | 1, zone: string, days: number): Clock {
  const shifted = addDaysToDate(date, days)
  const candidates = wallClockCandidates(shifted, time, zone)
  if (candidates.length === 2) return { date: shifted, time, fold, moved: false }
  if (candidates.length === 1) return { date: shifted, time, fold: 0, moved: false }
  const resolved = instantToWallClock(wallClockToInstant(shifted, time, zone), zone)
  return { date: resolved.date, time: resolved.time, fold: 0, moved: true }
}

function foldOf(instant: number, date: string, time: string, zone: string): 0 | 1 {
  return wallClockCandidates(date, time, zone)[1]?.getTime() === instant ? 1 : 0
}

function shiftItem(
  item: AgendaItem,
  days: number,
  ids: { id: string; visitId: string; attendeeIds: string[] | null; counterpartIds: string[] },
  moved: MovedTime[],
): PlannedRow<AgendaItem> {
  const zone = item.timeZone
  const start = shiftClock(item.date, item.startTime, item.startFold, zone, days)
  let end = shiftClock(item.endDate, item.endTime, item.endFold, zone, days)
  const startAt = wallClockToInstant(start.date, start.time, zone, start.fold).getTime()
  const endAt = wallClockToInstant(end.date, end.time, zone, end.fold).getTime()
  if (endAt <= startAt) {
    // A moved start may overtake the end; keep the item as long as it was.
    const length =
      wallClockToInstant(item.endDate, item.endTime, zone, item.endFold).getTime() -
      wallClockToInstant(item.date, item.startTime, zone, item.startFold).getTime()
    const wall = instantToWallClock(new Date(startAt + length), zone)
    end = { ...wall, fold: foldOf(startAt + length, wall.date, wall.time, zone), moved: true }
  }
  for (const [which, clock, from] of [
    ['start', start, item.startTime],
    ['end', end, item.endTime],
  ] as const) {
    if (clock.moved) {
      moved.push({
        itemId: ids.id,
        title: item.title,
        which,
        date: clock.date,
        from,
        to: clock.time,
      })
    }
  }
  return {
    ...withoutStamps(item),
    ...ids,
    date: start.date,
    startTime: start.time,
    startFold: start.fold,
    endDate: end.date,
    endTime: end.time,
    endFold: end.fold,
  }
}

function shiftLocal(local: string, days: number): string {
  return `${addDaysToDate(local.slice(0, 10), days)}${local.slice(10)}`
}

/**
 * A new draft visit planned from an earlier one: the programme shifted by the days between the
 * two starts (wall-clock times and zones kept), people and logistics as chosen. Every row gets a
 * new id; participant references (attendees, travellers, guests) point to the new participants,
 * and `attendeeIds: null` ("the whole delegation") stays null. Gifts and follow-ups belong to
 * what happened on the earlier visit and are never copied.
 */
export function planVisitCopy(
  source: VisitTemplateSource,
  choices: VisitTemplateChoices,
  newId: () => string = () => crypto.randomUUID(),
): VisitCopyPlan {
  const old = source.visit
  const days = daysBetween(old.startDate, choices.startDate)
  const visitId = newId()
  const { keepPeople } = choices
  const visit: PlannedRow<Visit> = {
    ...withoutStamps(old),
    id: visitId,
    title: choices.title,
    startDate: choices.startDate,
    endDate: addDaysToDate(old.endDate, days),
    status: 'draft',
    headOfDelegationId: keepPeople ? old.headOfDelegationId : null,
    hostId: keepPeople ? old.hostId : null,
  }

  const participantIds = new Map<string, string>()
  const copied = keepPeople
    ? source.participants.map((p): PlannedRow<Participant> => {
        const id = newId()
        participantIds.set(p.id, id)
        // A trip mobile is checked again for every trip: roaming and SIMs change.
        return { ...withoutStamps(p), id, visitId, mobileVerified: false }
      })
    : []
  const participants = withPrincipals(visit, copied, newId)
  // Ids of people who are not (or no longer) on the visit fall out of the lists.
  const remap = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => {
      const mapped = participantIds.get(id)
      return mapped ? [mapped] : []
    })

  const movedTimes: MovedTime[] = []
  const agendaItems = source.agendaItems.map((item) =>
    shiftItem(
      item,
      days,
      {
        id: newId(),
        visitId,
        attendeeIds: item.attendeeIds === null ? null : remap(item.attendeeIds),
        counterpartIds: keepPeople ? [...item.counterpartIds] : [],
      },
      movedTimes,
    ),
  )

  const travelSegments = choices.copyLogistics
    ? source.travelSegments.map((s): PlannedRow<TravelSegment> => ({
        ...withoutStamps(s),
        id: newId(),
        visitId,
        departureLocal: shiftLocal(s.departureLocal, days),
        arrivalLocal: shiftLocal(s.arrivalLocal, days),
        travellerIds: remap(s.travellerIds),
      }))
    : []
  const accommodations = choices.copyLogistics
    ? source.accommodations.map((a): PlannedRow<Accommodation> => ({
        ...withoutStamps(a),
        id: newId(),
        visitId,
        checkIn: addDaysToDate(a.checkIn, days),
        checkOut: addDaysToDate(a.checkOut, days),
        guestIds: remap(a.guestIds),
      }))
    : []

  return {
    visit,
    participants,
    agendaItems,
    travelSegments,
    accommodations,
    dayShift: days,
    movedTimes,
  }
}

/**
 * The head of delegation and the host take part in the copy, as the visit form makes them do,
 * also where the earlier visit predates that rule (schema version 4 and before) and lacks them.
 */
function withPrincipals(
  visit: PlannedRow<Visit>,
  participants: PlannedRow<Participant>[],
  newId: () => string,
): PlannedRow<Participant>[] {
  const rows = [...participants]
  for (const change of planPrincipalParticipants(visit, null, rows)) {
    switch (change.kind) {
      case 'create':
        rows.push({
          id: newId(),
          visitId: visit.id,
          contactId: change.contactId,
          side: change.side,
          role: change.role,
          tripMobile: '',
          mobileVerified: false,
          standsInForId: null,
        })
        break
      case 'update': {
        const index = rows.findIndex((p) => p.id === change.id)
        const row = rows[index]
        if (row) rows[index] = { ...row, side: change.side, role: change.role }
        break
      }
      default: {
        const never: never = change
        throw new Error(`unknown change ${JSON.stringify(never)}`)
      }
    }
  }
  return rows
}

/**
 * Where a copy should start unless the user says otherwise: the same weekday whole years of
 * 52 weeks later, the first such day from `today` on, since programmes are often planned by
 * weekday ("the Tuesday reception").
 */
export function suggestCopyStart(oldStart: string, today: string): string {
  const behind = Math.max(1, Math.ceil(daysBetween(oldStart, today) / 364))
  return addDaysToDate(oldStart, behind * 364)
}
