import ICAL from 'ical.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildCalendar, CalendarPersonError } from './buildCalendar'
import { expectedInstants, hardCasesData, tokyoData } from './testCalendars'

type Parsed = {
  uid: string
  start: string
  end: string
  startZone: string
  endZone: string
  event: ICAL.Event
}

/**
 * Reads a calendar as a calendar program would: ical.js with no zones of its own, only the
 * file's VTIMEZONEs registered, so every instant below comes from the file's zone definitions.
 */
function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone)
  }
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid ?? '',
      endZone: event.endDate.zone?.tzid ?? '',
      event,
    }
  })
}

beforeEach(() => ICAL.TimezoneService.reset())

describe('buildCalendar read back with ical.js', () => {
  it('gives every item of the demo Tokyo trip as one event at the same instants', () => {
    const data = tokyoData()
    const events = parse(buildCalendar(data, { lang: 'de' }))
    expect(events).toHaveLength(data.agendaItems.length)
    const expected = expectedInstants(data)
    for (const e of events)
      expect({ start: e.start, end: e.end }, e.uid).toEqual(expected.get(e.uid))
    expect(ICAL.TimezoneService.has('Asia/Tokyo')).toBe(true)
    expect(events.every((e) => e.startZone === 'Asia/Tokyo')).toBe(true)
  })

  it('keeps the instants across clock changes, the repeated hour and midnight', () => {
    const data = hardCasesData()
    const text = buildCalendar(data, { lang: 'en' })
    const events = parse(text)
    const expected = expectedInstants(data)
    expect(events).toHaveLength(data.agendaItems.length)
    for (const e of events)
      expect({ start: e.start, end: e.end }, e.uid).toEqual(expected.get(e.uid))

    // The instants themselves, so a shared mistake of builder and agendaInterval shows too.
    const byTitle = (prefix: string): Parsed | undefined =>
      events.find((e) => e.event.summary.startsWith(prefix))
    expect(byTitle('Nachtzug')).toMatchObject({
      start: '2026-03-29T00:30:00.000Z',
      end: '2026-03-29T01:30:00.000Z',
    })
    expect(byTitle('Wiederholte Stunde')).toMatchObject({
      start: '2026-10-25T00:30:00.000Z',
      end: '2026-10-25T01:30:00.000Z',
    })
    expect(byTitle('Beginnt im zweiten')?.start).toBe('2026-10-25T01:15:00.000Z')
    expect(byTitle('Sunrise hike')).toMatchObject({
      start: '2026-03-08T09:00:00.000Z',
      end: '2026-03-08T10:30:00.000Z',
    })
    expect(byTitle('Late flight')?.start).toBe('2026-11-01T09:30:00.000Z')
    expect(byTitle('除夜の鐘')).toMatchObject({
      start: '2026-12-31T13:00:00.000Z',
      end: '2026-12-31T16:00:00.000Z',
    })
    // A time of the repeated hour is written in UTC: readers disagree on which pass TZID means.
    expect(text).toContain('DTSTART:20261025T003000Z')
    expect(text).toContain('DTEND:20261025T013000Z')
    expect(text).toContain('DTSTART:20261025T011500Z')
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20261025T040000')
    for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo']) {
      expect(ICAL.TimezoneService.has(zone), zone).toBe(true)
    }
  })

  it('reads back titles, places and descriptions exactly, in any script, folded at 75 octets', () => {
    const data = hardCasesData()
    const text = buildCalendar(data, { lang: 'de' })
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    }
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    const events = parse(text)
    for (const item of data.agendaItems) {
      const e = events.find((x) => x.uid === `${item.id}@delegation-planner`)?.event
      expect(e?.summary).toBe(item.title)
    }
    const eve = events.find((e) => e.event.summary.startsWith('除夜の鐘'))?.event
    expect(eve?.location).toBe(
      '増上寺 (Zōjō-ji), 東京都新宿区西新宿二丁目8番1号, Tokyo Metropolitan Government Building No. 1, ' +
        '45th floor, South Observatory; entrance via the "Citizens’ Plaza" \\ gate 3',
    )
    expect(eve?.description).toContain(
      'Zweck: Tradition, Begegnung; Presse.\nZweite Zeile mit Backslash \\ und Komma, Ende.',
    )
    expect(eve?.description).toContain('Kleiderordnung: Dunkler Anzug, Mantel')
    expect(eve?.component.getFirstPropertyValue('categories')).toBe('Gespräch')
    const free = events.find((e) => e.event.summary.startsWith('東京都知事'))?.event
    expect(free?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT')
  })

  it('keeps UIDs and the whole text the same on every export, with SEQUENCE from the last change', () => {
    const data = tokyoData()
    const first = buildCalendar(data, { lang: 'de' })
    expect(buildCalendar(data, { lang: 'de' })).toBe(first)
    const [item] = data.agendaItems
    if (!item) throw new Error('no item')
    const edited = {
      ...data,
      agendaItems: data.agendaItems.map((i) =>
        i.id === item.id ? { ...i, title: 'Geändert', updatedAt: '2026-11-27T08:00:00.000Z' } : i,
      ),
    }
    const before = parse(first).find((e) => e.uid === `${item.id}@delegation-planner`)?.event
    const after = parse(buildCalendar(edited, { lang: 'de' })).find(
      (e) => e.uid === `${item.id}@delegation-planner`,
    )?.event
    expect(after?.summary).toBe('Geändert')
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Infinity)
    expect(after?.component.getFirstPropertyValue('last-modified')?.toString()).toBe(
      '2026-11-27T08:00:00Z',
    )
  })

  it('gives one person’s itinerary: the items they attend and their journeys', () => {
    const data = tokyoData()
    const head = data.participants.find((p) => p.participant.side === 'delegation')
    if (!head) throw new Error('no delegate')
    const pid = head.participant.id
    const events = parse(buildCalendar(data, { lang: 'en', personId: head.contact.id }))
    const attended = data.agendaItems.filter(
      (i) =>
        i.attendeeIds === null ||
        i.attendeeIds.includes(pid) ||
        i.counterpartIds.includes(head.contact.id),
    )
    const journeys = data.travel.filter((s) => s.travellerIds.includes(pid))
    expect(journeys.length).toBeGreaterThan(0)
    expect(events.map((e) => e.uid).sort()).toEqual(
      [...attended, ...journeys].map((x) => `${x.id}@delegation-planner`).sort(),
    )
    const expected = expectedInstants(data)
    for (const e of events)
      expect({ start: e.start, end: e.end }, e.uid).toEqual(expected.get(e.uid))
    // A flight departs in one zone and lands in another.
    const flight = events.find((e) => e.event.summary.startsWith('Flight LH 716'))
    expect(flight?.startZone).toBe('Europe/Berlin')
    expect(flight?.endZone).toBe('Asia/Tokyo')
  })

  it('refuses a person who takes no part in the visit', () => {
    expect(() => buildCalendar(tokyoData(), { lang: 'de', personId: 'nobody' })).toThrow(
      CalendarPersonError,
    )
  })
})
