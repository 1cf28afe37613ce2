import { addDaysToDate, instantToWallClock, wallClockToInstant } from '../src/shared/dates'
import type { Accommodation, AgendaItem, TravelSegment } from '../src/shared/model/agenda'
import type { Participant, Visit } from '../src/shared/model/visit'
import type { LargeContext } from './largeContext'

export type LogisticsTables = { travelSegments: TravelSegment[]; accommodations: Accommodation[] }

type Place = { place: string; zone: string }
const FLIGHT_MS = 9 * 3_600_000
const HOTELS = ['Hotel Adlon', 'Hotel am Park', 'Grand Hotel Central', 'Hotel Europa', 'Ritz']

/**
 * The delegation's journey there and back and one hotel for the stay: the rows the conflict
 * rules on travel and hotels read. The visiting side travels; the flight lands the morning of
 * the first day and leaves the evening of the last.
 */
export function buildLogistics(
  ctx: LargeContext,
  visits: readonly Visit[],
  participants: readonly Participant[],
): LogisticsTables {
  const { rng } = ctx
  const byVisit = groupBy(participants, (p) => p.visitId)
  const zoneOf = new Map(ctx.cities.map(({ city }) => [city.id, city]))
  const out: LogisticsTables = { travelSegments: [], accommodations: [] }
  for (const visit of visits) {
    const city = zoneOf.get(visit.cityId)
    if (!city) continue
    const travellers = (byVisit.get(visit.id) ?? []).filter((p) => p.side === 'delegation')
    if (travellers.length === 0) continue
    const incoming = visit.direction === 'incoming'
    const away = { place: city.name.de, zone: city.timeZone }
    const home = { place: ctx.homeCityName, zone: ctx.homeTimeZone }
    const [origin, destination]: [Place, Place] = incoming ? [away, home] : [home, away]
    const ids = travellers.map((p) => p.id)
    const leg = (from: Place, to: Place, at: 'arrive' | 'leave', date: string, time: string) => {
      // One wall clock is given (landing the first morning, leaving the last evening); the
      // other end is the same flight time later or earlier, in its own zone.
      const known = wallClockToInstant(date, time, at === 'arrive' ? to.zone : from.zone)
      const other = new Date(known.getTime() + (at === 'arrive' ? -1 : 1) * FLIGHT_MS)
      const [dep, arr] =
        at === 'arrive'
          ? [instantToWallClock(other, from.zone), { date, time }]
          : [{ date, time }, instantToWallClock(other, to.zone)]
      return {
        id: rng.uuid(),
        ...ctx.stamp(),
        visitId: visit.id,
        mode: 'flight' as const,
        service: `LH ${rng.int(100, 999)}`,
        from: from.place,
        to: to.place,
        departureLocal: `${dep.date}T${dep.time}`,
        departureZone: from.zone,
        arrivalLocal: `${arr.date}T${arr.time}`,
        arrivalZone: to.zone,
        bookingReference: rng.uuid().slice(0, 6).toUpperCase(),
        travellerIds: ids,
        notes: '',
      }
    }
    out.travelSegments.push(
      leg(origin, destination, 'arrive', visit.startDate, '08:30'),
      leg(destination, origin, 'leave', visit.endDate, '21:00'),
    )
    out.accommodations.push({
      id: rng.uuid(),
      ...ctx.stamp(),
      visitId: visit.id,
      hotel: rng.pick(HOTELS),
      address: destination.place,
      phone: '',
      checkIn: visit.startDate,
      checkOut: visit.endDate > visit.startDate ? visit.endDate : addDaysToDate(visit.endDate, 1),
      bookingReference: '',
      guestIds: ids,
      notes: '',
    })
  }
  return out
}

/**
 * The generator plans two to four items a day; the large office has 100,000. The rest are
 * second tracks beside existing items, for nobody listed: as many times, zones and rows to
 * check, without inventing clashes the generator did not plan.
 */
export function toppedUpItems(
  ctx: LargeContext,
  items: readonly AgendaItem[],
  target: number,
): AgendaItem[] {
  const out = [...items]
  for (let i = 0; out.length < target && items.length > 0; i++) {
    const item = items[i % items.length] as AgendaItem
    out.push({
      ...item,
      id: ctx.rng.uuid(),
      title: `${item.title} (2)`,
      attendeeIds: [],
      counterpartIds: [],
    })
  }
  return out
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const list = map.get(key(row)) ?? []
    list.push(row)
    map.set(key(row), list)
  }
  return map
}
