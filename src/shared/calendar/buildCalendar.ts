import { instantToWallClock, wallClockCandidates } from '../dates'
import { fullName } from '../documents/briefingContext'
import type { BriefingData } from '../documents/briefingData'
import { translator } from '../i18n'
import type { UiLanguage } from '../model/common'
import { itemEvent, travelEvent, type CalendarEvent } from './calendarEvents'
import { calendarContent, calendarPerson } from './calendarSelection'
import { contentLine, CRLF, escapeText, localDateTime, textLine, utcDateTime } from './icsLines'
import { vtimezoneLines } from './vtimezone'

export type CalendarOptions = {
  lang: UiLanguage
  /** A contact id: only what this person attends, and their journeys. */
  personId?: string
}

/** The person asked for is neither a participant nor a counterpart of the visit. */
export class CalendarPersonError extends Error {
  readonly personId: string

  constructor(personId: string) {
    super(`Person ${personId} takes no part in the visit`)
    this.name = 'CalendarPersonError'
    this.personId = personId
  }
}

export const PRODID = '-//Delegation Planner//Calendar export//EN'

/** Years each zone's DTSTART/DTEND values fall in, for the VTIMEZONEs. */
type ZoneYears = Map<string, { from: number; to: number }>

/**
 * A DATE-TIME in the zone's wall-clock time with TZID. A time of the hour that happens twice when
 * clocks go back is written in UTC instead: RFC 5545 §3.3.5 reads TZID as the first pass, but
 * readers differ (ical.js and pytz take the second), and UTC means one instant to all of them.
 */
function dateTimeLine(name: string, instant: Date, zone: string, years: ZoneYears): string {
  const wall = instantToWallClock(instant, zone)
  const candidates = wallClockCandidates(wall.date, wall.time, zone)
  if (candidates.length !== 1 || candidates[0]?.getTime() !== instant.getTime()) {
    return contentLine(name, utcDateTime(instant))
  }
  const year = Number(wall.date.slice(0, 4))
  const known = years.get(zone)
  years.set(zone, {
    from: Math.min(known?.from ?? year, year),
    to: Math.max(known?.to ?? year, year),
  })
  return contentLine(name, localDateTime(wall.date, wall.time), { TZID: zone })
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1)

/**
 * SEQUENCE from the row's last change, in seconds since 2020: it grows with every saved edit, so a
 * calendar that imports the file again takes it as the newer version (32 bits last until 2088).
 */
export function sequenceOf(updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - SEQUENCE_EPOCH) / 1000))
}

function eventLines(event: CalendarEvent, years: ZoneYears): string[] {
  const stamp = utcDateTime(new Date(event.updatedAt))
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    contentLine('DTSTAMP', stamp),
    contentLine('LAST-MODIFIED', stamp),
    contentLine('SEQUENCE', String(sequenceOf(event.updatedAt))),
    dateTimeLine('DTSTART', event.start, event.startZone, years),
    dateTimeLine('DTEND', event.end, event.endZone, years),
    textLine('SUMMARY', event.summary),
  ]
  if (event.location) lines.push(textLine('LOCATION', event.location))
  if (event.description) lines.push(textLine('DESCRIPTION', event.description))
  if (event.categories.length > 0) {
    lines.push(contentLine('CATEGORIES', event.categories.map(escapeText).join(',')))
  }
  lines.push(contentLine('STATUS', event.status))
  lines.push(contentLine('TRANSP', event.transparent ? 'TRANSPARENT' : 'OPAQUE'))
  lines.push('END:VEVENT')
  return lines
}

/**
 * The visit's programme as an RFC 5545 calendar: one VEVENT per agenda item (with a person: the
 * items they attend and their journeys), times as wall-clock time with TZID, and a VTIMEZONE per
 * zone used, made from the machine's tz data for the years the events span. Pure: the same data
 * gives the same text (no "now" in it), so exporting twice gives the same file.
 */
export function buildCalendar(data: BriefingData, options: CalendarOptions): string {
  const t = translator(options.lang)
  const person = options.personId === undefined ? null : calendarPerson(data, options.personId)
  if (options.personId !== undefined && !person) throw new CalendarPersonError(options.personId)
  const { items, travel } = calendarContent(data, person)
  const events = [
    ...items.map((item) => itemEvent(data, item, t)),
    ...travel.flatMap((segment) => travelEvent(data, segment, t) ?? []),
  ].sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid))

  const years: ZoneYears = new Map()
  const body = events.flatMap((event) => eventLines(event, years))
  const zones = [...years.entries()].sort(([a], [b]) => a.localeCompare(b))
  const name = person
    ? t('calendar.nameFor', { title: data.visit.title, name: fullName(person.contact) })
    : data.visit.title
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    textLine('NAME', name),
    textLine('X-WR-CALNAME', name),
    ...zones.flatMap(([zone, span]) => vtimezoneLines(zone, span.from, span.to)),
    ...body,
    'END:VCALENDAR',
  ]
  return lines.join(CRLF) + CRLF
}

/** How many events a calendar this module wrote holds (BEGIN lines are never folded). */
export function countEvents(calendar: string): number {
  return calendar.split(CRLF).filter((line) => line === 'BEGIN:VEVENT').length
}
