import { agendaInterval } from '../domain/agenda'
import { localDateTimeToInstant } from '../domain/travel'
import { loadBriefingData, type BriefingData } from '../documents/briefingData'
import { demoTables } from '../documents/testFixtures'
import type { AgendaItem } from '../model/agenda'

/** Test support only: visits whose programmes exercise what a calendar file must get right. */

export const NOW = new Date('2026-11-26T10:00:00Z')

const tables = demoTables(NOW)

/** The demo's trip to Tokyo, as both the app and the command line load it. */
export function tokyoData(): BriefingData {
  const visit = tables.visits.find((v) => v.title.includes('Tokio'))
  if (!visit) throw new Error('the demo data has no Tokyo visit')
  return loadBriefingData(tables, visit.id, NOW)
}

type Clock = Pick<
  AgendaItem,
  'date' | 'startTime' | 'endDate' | 'endTime' | 'timeZone' | 'startFold' | 'endFold'
>

const LONG_ADDRESS =
  '東京都新宿区西新宿二丁目8番1号, Tokyo Metropolitan Government Building No. 1, 45th floor,\n' +
  'South Observatory; entrance via the "Citizens’ Plaza" \\ gate 3'

/**
 * The Tokyo trip with a programme made of hard cases: both nights Berlin and Los Angeles change
 * their clocks (a skipped hour inside an item, both passes of a repeated hour), an item across
 * midnight and the new year, non-Latin titles, and texts that need escaping and folding.
 */
export function hardCasesData(): BriefingData {
  const data = tokyoData()
  const template = data.agendaItems[0]
  if (!template) throw new Error('the Tokyo visit has no programme')
  let n = 0
  const item = (clock: Partial<Clock> & Pick<Clock, 'date'>, patch: Partial<AgendaItem>) => {
    n += 1
    return {
      ...template,
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      endDate: clock.date,
      startFold: 0,
      endFold: 0,
      ...clock,
      ...patch,
    } as AgendaItem
  }
  const agendaItems: AgendaItem[] = [
    // Berlin, 29 March 2026: 02:00–03:00 does not exist, so 01:30–03:30 lasts one hour.
    item(
      { date: '2026-03-29', startTime: '01:30', endTime: '03:30', timeZone: 'Europe/Berlin' },
      { title: 'Nachtzug-Ankunft, Gleis 1; Abholung' },
    ),
    // Berlin, 25 October 2026: 02:00–03:00 happens twice; this item is the whole repeated hour.
    item(
      { date: '2026-10-25', startTime: '02:30', endTime: '02:30', timeZone: 'Europe/Berlin' },
      { endFold: 1, title: 'Wiederholte Stunde (erster bis zweiter Durchgang)' },
    ),
    item(
      { date: '2026-10-25', startTime: '02:15', endTime: '04:00', timeZone: 'Europe/Berlin' },
      { startFold: 1, title: 'Beginnt im zweiten Durchgang' },
    ),
    item(
      { date: '2026-03-08', startTime: '01:00', endTime: '03:30', timeZone: 'America/Los_Angeles' },
      { title: 'Sunrise hike, Griffith Park' },
    ),
    item(
      { date: '2026-11-01', startTime: '01:30', endTime: '02:30', timeZone: 'America/Los_Angeles' },
      { startFold: 1, title: 'Late flight arrival LAX (second 01:30)' },
    ),
    item(
      {
        date: '2026-12-31',
        startTime: '22:00',
        endDate: '2027-01-01',
        endTime: '01:00',
        timeZone: 'Asia/Tokyo',
      },
      {
        title: '除夜の鐘 — Silvester am Zōjō-ji / Новогодний приём',
        place: '増上寺 (Zōjō-ji)',
        address: LONG_ADDRESS,
        purpose: 'Tradition, Begegnung; Presse.\nZweite Zeile mit Backslash \\ und Komma, Ende.',
        dressCode: 'Dunkler Anzug, Mantel',
      },
    ),
    item(
      { date: '2026-12-19', startTime: '10:00', endTime: '11:15', timeZone: 'Asia/Tokyo' },
      { title: '東京都知事との会談'.repeat(6), kind: 'free' },
    ),
  ]
  return { ...data, agendaItems }
}

/** What every event must say, by UID: the instants of the item or journey it stands for. */
export function expectedInstants(data: BriefingData): Map<string, { start: string; end: string }> {
  const result = new Map<string, { start: string; end: string }>()
  for (const item of data.agendaItems) {
    const { start, end } = agendaInterval(item)
    result.set(`${item.id}@delegation-planner`, {
      start: start.toISOString(),
      end: end.toISOString(),
    })
  }
  for (const s of data.travel) {
    const start = localDateTimeToInstant(s.departureLocal, s.departureZone)
    const end = localDateTimeToInstant(s.arrivalLocal, s.arrivalZone)
    if (start && end) {
      result.set(`${s.id}@delegation-planner`, {
        start: start.toISOString(),
        end: end.toISOString(),
      })
    }
  }
  return result
}
