import { addDaysToDate, todayIn } from '../src/shared/dates'
import {
  AGENDA_KINDS,
  type AgendaItem,
  type AgendaKind,
  type PressAccess,
} from '../src/shared/model/agenda'
import { FOCUS_THEMES } from '../src/shared/model/common'
import type { Contact } from '../src/shared/model/contact'
import type { Programme } from '../src/shared/model/partnerCity'
import { PARTICIPANT_ROLES, type Participant, type Visit } from '../src/shared/model/visit'
import type { CityEntry, LargeContext } from './largeContext'
import { AGENDA_TITLES, PLACES, THEME_TITLES } from './largeVocabulary'

export interface VisitTables {
  visits: Visit[]
  participants: Participant[]
  agendaItems: AgendaItem[]
}

const FIRST_VISIT = '2014-01-01'
/** Besides the head: mostly members, some interpreters, press, security and staff. */
const OTHER_ROLES: readonly Participant['role'][] = [
  ...PARTICIPANT_ROLES.filter((role) => role !== 'head'),
  'member',
  'member',
]
const DAY_MS = 86_400_000

/** Two long-running programmes per partner city, so that visits can say which one they serve. */
export function buildProgrammes(ctx: LargeContext): Programme[] {
  const { rng } = ctx
  return ctx.cities.flatMap(({ city }) =>
    rng.sample(FOCUS_THEMES, 2).map((theme) => {
      const startYear = rng.int(city.partnerSince, 2024)
      return {
        id: rng.uuid(),
        ...ctx.stamp(),
        title: `${THEME_TITLES[theme]}partnerschaft ${ctx.homeCityName}–${city.name.de}`,
        cityId: city.id,
        themes: [theme],
        startYear,
        endYear: rng.chance(0.3) ? startYear + rng.int(2, 8) : null,
        description: '',
      }
    }),
  )
}

/** Visits both ways since 2014 and up to a year ahead, each with its people and day programme. */
export function buildVisits(
  ctx: LargeContext,
  count: number,
  contactsByCity: ReadonlyMap<string | null, readonly Contact[]>,
  programmes: readonly Programme[],
): VisitTables {
  const today = todayIn(ctx.homeTimeZone, ctx.now)
  const span = Math.round((Date.parse(today) - Date.parse(FIRST_VISIT)) / DAY_MS) + 365
  const out: VisitTables = { visits: [], participants: [], agendaItems: [] }
  for (let i = 0; i < count; i++) {
    const entry = ctx.rng.pick(ctx.cities)
    const start = addDaysToDate(FIRST_VISIT, ctx.rng.int(0, span))
    const own = programmes.filter((p) => p.cityId === entry.city.id)
    buildVisit(ctx, { entry, start, today, contactsByCity, programmes: own }, out)
  }
  return out
}

type VisitPlan = {
  entry: CityEntry
  start: string
  today: string
  contactsByCity: ReadonlyMap<string | null, readonly Contact[]>
  programmes: readonly Programme[]
}

function buildVisit(ctx: LargeContext, plan: VisitPlan, out: VisitTables): void {
  const { rng } = ctx
  const { entry, start } = plan
  const incoming = rng.chance(0.55)
  const days = rng.int(1, 5)
  const endDate = addDaysToDate(start, days - 1)
  const themes = rng.sample(FOCUS_THEMES, rng.int(1, 3))
  const visitId = rng.uuid()
  const guests = plan.contactsByCity.get(incoming ? entry.city.id : null) ?? []
  const hosts = plan.contactsByCity.get(incoming ? null : entry.city.id) ?? []
  const people = (side: Participant['side'], pool: readonly Contact[], n: number): Participant[] =>
    rng.sample(pool, n).map((contact, i) => ({
      id: rng.uuid(),
      ...ctx.stamp(),
      visitId,
      contactId: contact.id,
      side,
      role: i === 0 ? 'head' : rng.pick(OTHER_ROLES),
      tripMobile: '',
      standsInForId: null,
      mobileVerified: false,
    }))
  const delegation = people('delegation', guests, rng.int(2, 8))
  const host = people('host', hosts, rng.int(1, 4))
  const place = incoming ? ctx.homeCityName : entry.city.name.de
  const status: Visit['status'] =
    endDate < plan.today
      ? rng.chance(0.9)
        ? 'completed'
        : 'cancelled'
      : rng.pick(['draft', 'planned', 'confirmed'])

  out.visits.push({
    id: visitId,
    ...ctx.stamp(),
    deletedAt: null,
    title: `${incoming ? 'Delegation aus' : 'Reise nach'} ${entry.city.name.de}: ${themes.map((t) => THEME_TITLES[t]).join(', ')}`,
    direction: incoming ? 'incoming' : 'outgoing',
    cityId: entry.city.id,
    startDate: start,
    endDate,
    status,
    themes: [...themes],
    programmeId:
      plan.programmes.length > 0 && rng.chance(0.5) ? rng.pick(plan.programmes).id : null,
    purpose: `Austausch über ${THEME_TITLES[themes[0] ?? 'economy']} in ${place}.`,
    objectives: '',
    background: '',
    classification: rng.pick(['public', 'internal', 'internal', 'confidential']),
    headOfDelegationId: delegation[0]?.contactId ?? null,
    hostId: host[0]?.contactId ?? null,
    // Derived rather than drawn, so the random sequence and with it the data set stay as before.
    category: incoming ? 'official' : 'working',
    pressPlan: '',
    photoRules: '',
    securityNotes: '',
    emergencyNumbers: [],
    flagsAndAnthems: '',
  })
  out.participants.push(...delegation, ...host)
  const zone = incoming ? ctx.homeTimeZone : entry.city.timeZone
  for (let day = 0; day < days; day++) {
    const date = addDaysToDate(start, day)
    out.agendaItems.push(...dayProgramme(ctx, { visitId, date, zone, delegation, host }))
  }
}

const PRESS_BY_KIND: Record<AgendaKind, PressAccess | null> = {
  meeting: 'photoOpportunity',
  siteVisit: 'open',
  meal: 'closed',
  reception: 'open',
  ceremony: 'open',
  transfer: null,
  press: 'open',
  cultural: null,
  free: null,
}

type Day = {
  visitId: string
  date: string
  zone: string
  delegation: readonly Participant[]
  host: readonly Participant[]
}

/** Two to four items between 09:00 and 22:00, one after the other. */
function dayProgramme(ctx: LargeContext, day: Day): AgendaItem[] {
  const { rng } = ctx
  const items: AgendaItem[] = []
  let minute = 9 * 60
  for (let n = rng.int(2, 4); n > 0; n--) {
    const start = minute + rng.int(0, 4) * 15
    const end = start + rng.int(2, 8) * 15
    if (end > 22 * 60) break
    minute = end
    const kind = rng.pick(AGENDA_KINDS)
    items.push({
      id: rng.uuid(),
      ...ctx.stamp(),
      visitId: day.visitId,
      date: day.date,
      startTime: clock(start),
      endDate: day.date,
      endTime: clock(end),
      startFold: 0,
      endFold: 0,
      timeZone: day.zone,
      kind,
      title: rng.pick(AGENDA_TITLES[kind]),
      place: rng.pick(PLACES),
      address: '',
      counterpartIds: rng.sample(day.host, rng.int(0, 2)).map((p) => p.contactId),
      // Most items are for the whole delegation (null), as in a real programme.
      attendeeIds: rng.chance(0.7)
        ? null
        : rng.sample(day.delegation, rng.int(1, 3)).map((p) => p.id),
      purpose: kind === 'meeting' ? 'Stand der Zusammenarbeit, nächste Schritte.' : '',
      talkingPoints: '',
      dressCode: kind === 'reception' ? 'Dunkler Anzug' : '',
      interpreter: '',
      notes: '',
      desiredOutcome: '',
      pointsToMake: '',
      defensiveLines: '',
      pressAccess: PRESS_BY_KIND[kind],
      vehicle: '',
      seatingNote: '',
    })
  }
  return items
}

/** Minutes after midnight as a wall-clock "HH:MM". */
function clock(minutes: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}
