import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { hostileTables } from '../backup/hostileTables'
import { loadBriefingData } from '../documents/briefingData'
import { HOSTILE_TEXT_KINDS } from '../model/hostileTexts'
import { buildCalendar } from './buildCalendar'

const NOW = new Date('2026-11-26T10:00:00Z')
const encoder = new TextEncoder()
const strict = new TextDecoder('utf-8', { fatal: true })

describe.each(HOSTILE_TEXT_KINDS)('%s text in a visit’s calendar', (kind) => {
  const tables = hostileTables(kind, NOW)
  const visit = tables.visits[0]
  if (!visit) throw new Error('the demo set has no visit')
  const data = loadBriefingData(tables, visit.id, NOW)
  const text = buildCalendar(data, { lang: 'de' })

  it('folds at 75 octets without cutting a UTF-8 sequence or a surrogate pair', () => {
    const bytes = encoder.encode(text)
    expect(text).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
    for (const line of text.split('\r\n')) {
      const octets = encoder.encode(line)
      expect(octets.length).toBeLessThanOrEqual(75)
      expect(() => strict.decode(octets)).not.toThrow()
    }
    expect(strict.decode(bytes)).toBe(text)
  })

  it('reads back in ical.js with every title and place as written', () => {
    ICAL.TimezoneService.reset()
    const calendar = new ICAL.Component(ICAL.parse(text))
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone)
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    const byUid = new Map(events.map((event) => [event.uid, event]))
    expect(data.agendaItems.length).toBeGreaterThan(0)
    for (const item of data.agendaItems) {
      const event = byUid.get(`${item.id}@${event0Domain(events)}`)
      expect(event?.summary).toBe(item.title)
      expect((event?.location ?? '').startsWith(item.place)).toBe(true)
      expect(event?.description).toContain(item.purpose)
    }
  })
})

/** The UID domain the calendar uses, read from its first event rather than repeated here. */
function event0Domain(events: ICAL.Event[]): string {
  return events[0]?.uid.split('@')[1] ?? ''
}
