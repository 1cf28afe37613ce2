import { describe, expect, it } from 'vitest'
import { TABLE_NAMES, TABLE_SCHEMAS, type DatasetTables } from '../model/tables'
import { buildSeedPartnerCities, PARTNER_CITY_IDS } from '../seed/partnerCities'
import { buildDemoDataset, DemoCitiesMissingError } from './demoData'

const NOW = new Date('2026-05-12T08:30:00.000Z')
const TODAY = '2026-05-12'
const cities = buildSeedPartnerCities(NOW)
const data = buildDemoDataset(cities, NOW)

const ids = <T extends { id: string }>(rows: T[]): Set<string> => new Set(rows.map((r) => r.id))

describe('buildDemoDataset', () => {
  it('produces rows that every table schema accepts, all marked demo', () => {
    for (const table of TABLE_NAMES) {
      for (const row of data[table]) {
        const result = TABLE_SCHEMAS[table].safeParse(row)
        expect(result.success, `${table} ${JSON.stringify(result.error?.issues)}`).toBe(true)
        expect((row as { demo?: boolean }).demo, table).toBe(true)
      }
    }
    expect(data.settings).toEqual([])
    expect(data.partnerCities).toEqual([])
  })

  it('has unique ids across the whole set', () => {
    const all = TABLE_NAMES.flatMap((t) => (data[t] as { id: string }[]).map((r) => r.id))
    expect(new Set(all).size).toBe(all.length)
  })

  it('refers only to rows that exist', () => {
    const cityIds = ids(cities)
    const contactIds = ids(data.contacts)
    const orgIds = ids(data.organizations)
    const visitIds = ids(data.visits)
    const programmeIds = ids(data.programmes)
    const participantsOf = (visitId: string): Set<string> =>
      ids(data.participants.filter((p) => p.visitId === visitId))
    const expectIn = (set: Set<string>, id: string | null, what: string): void => {
      if (id !== null) expect(set.has(id), `${what} ${id}`).toBe(true)
    }

    for (const o of data.organizations) expectIn(cityIds, o.cityId, 'organization city')
    for (const c of data.contacts) {
      expectIn(cityIds, c.cityId, 'contact city')
      expectIn(orgIds, c.organizationId, 'contact organization')
    }
    for (const p of data.programmes) expectIn(cityIds, p.cityId, 'programme city')
    for (const v of data.visits) {
      expectIn(cityIds, v.cityId, 'visit city')
      expectIn(programmeIds, v.programmeId, 'visit programme')
      expectIn(contactIds, v.headOfDelegationId, 'head of delegation')
      expectIn(contactIds, v.hostId, 'host')
    }
    for (const p of data.participants) {
      expectIn(visitIds, p.visitId, 'participant visit')
      expectIn(contactIds, p.contactId, 'participant contact')
    }
    for (const a of data.agendaItems) {
      expectIn(visitIds, a.visitId, 'agenda visit')
      for (const id of a.counterpartIds) expectIn(contactIds, id, 'counterpart')
      for (const id of a.attendeeIds ?? []) expectIn(participantsOf(a.visitId), id, 'attendee')
    }
    for (const t of data.travelSegments) {
      for (const id of t.travellerIds) expectIn(participantsOf(t.visitId), id, 'traveller')
    }
    for (const s of data.accommodations) {
      for (const id of s.guestIds) expectIn(participantsOf(s.visitId), id, 'guest')
    }
    for (const g of data.gifts) {
      expectIn(visitIds, g.visitId, 'gift visit')
      expectIn(contactIds, g.giverId, 'giver')
      expectIn(contactIds, g.recipientId, 'recipient')
    }
    for (const f of data.followUps) expectIn(visitIds, f.visitId, 'follow-up visit')
  })

  it('covers visits both ways, past and upcoming, to Tokyo, Los Angeles, Paris and more', () => {
    expect(data.visits.length).toBeGreaterThanOrEqual(6)
    const directions = new Set(data.visits.map((v) => v.direction))
    expect(directions).toEqual(new Set(['incoming', 'outgoing']))
    const visited = new Set(data.visits.map((v) => v.cityId))
    expect(visited.size).toBeGreaterThanOrEqual(4)
    for (const key of ['tokyo', 'losAngeles', 'paris', 'warsaw', 'windhoek'] as const) {
      expect(visited.has(PARTNER_CITY_IDS[key]), key).toBe(true)
    }
    expect(visited.has(PARTNER_CITY_IDS.moscow)).toBe(false)
    const past = data.visits.filter((v) => v.endDate < TODAY)
    const upcoming = data.visits.filter((v) => v.startDate > TODAY)
    expect(past.length).toBeGreaterThan(0)
    expect(past.every((v) => v.status === 'completed')).toBe(true)
    expect(upcoming.length).toBeGreaterThan(0)
    expect(upcoming.some((v) => v.status === 'completed')).toBe(false)
  })

  it('has at least 40 contacts with protocol details and some native-script names', () => {
    expect(data.contacts.length).toBeGreaterThanOrEqual(40)
    const ranked = data.contacts.filter((c) => c.precedenceRank !== null && c.inOfficeSince)
    expect(ranked.length).toBeGreaterThanOrEqual(25)
    expect(data.contacts.every((c) => c.biography.length > 0 && c.tags.length > 0)).toBe(true)
    expect(data.contacts.some((c) => c.addressForms.de?.envelope.includes('\n'))).toBe(true)
    expect(data.contacts.some((c) => c.interpreterNeeded)).toBe(true)
    expect(data.contacts.filter((c) => c.dietaryNeeds).length).toBeGreaterThanOrEqual(3)
    expect(data.contacts.some((c) => c.accessibilityNeeds)).toBe(true)
    const nativeIn = (city: keyof typeof PARTNER_CITY_IDS, script: RegExp): boolean =>
      data.contacts.some((c) => c.cityId === PARTNER_CITY_IDS[city] && script.test(c.nativeName))
    const kanji = /[\u4e00-\u9fff]/
    expect(nativeIn('tokyo', kanji)).toBe(true)
    expect(data.contacts.some((c) => /[\u3040-\u309f]/.test(c.pronunciation))).toBe(true)
    expect(nativeIn('beijing', kanji)).toBe(true)
    expect(nativeIn('tashkent', /[\u0400-\u04ff]/)).toBe(true)
  })

  it('has organizations of every kind the office deals with, and long-running programmes', () => {
    const kinds = new Set(data.organizations.map((o) => o.kind))
    for (const kind of [
      'government',
      'embassy',
      'business',
      'science',
      'culture',
      'civilSociety',
      'youth',
      'sport',
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true)
    }
    expect(data.programmes.map((p) => p.title)).toEqual(
      expect.arrayContaining(['Jugendaustausch Berlin–Paris', 'Klimapartnerschaft Berlin–Tokio']),
    )
  })

  it('plans each visit over several days, in the zone where it takes place', () => {
    for (const visit of data.visits) {
      const agenda = data.agendaItems.filter((a) => a.visitId === visit.id)
      expect(new Set(agenda.map((a) => a.date)).size, visit.title).toBeGreaterThanOrEqual(2)
      const city = cities.find((c) => c.id === visit.cityId)
      const zone = visit.direction === 'outgoing' ? city?.timeZone : 'Europe/Berlin'
      for (const a of agenda) {
        expect(a.timeZone).toBe(zone)
        expect(a.date >= visit.startDate && a.date <= visit.endDate, a.title).toBe(true)
      }
      const sides = new Set(
        data.participants.filter((p) => p.visitId === visit.id).map((p) => p.side),
      )
      expect(sides).toEqual(new Set(['delegation', 'host']))
    }
    const tokyoItems = data.agendaItems.filter((a) => a.timeZone === 'Asia/Tokyo')
    expect(tokyoItems.some((a) => a.talkingPoints && a.dressCode && a.interpreter)).toBe(true)
  })

  it('has travel across zones, hotels, gifts both ways and follow-ups in every state', () => {
    expect(data.travelSegments.some((t) => t.departureZone !== t.arrivalZone)).toBe(true)
    expect(new Set(data.travelSegments.map((t) => t.mode))).toEqual(
      new Set(['flight', 'train', 'car']),
    )
    expect(data.accommodations.length).toBeGreaterThanOrEqual(6)
    expect(new Set(data.gifts.map((g) => g.direction))).toEqual(new Set(['given', 'received']))
    expect(data.gifts.some((g) => g.direction === 'received' && g.disposition)).toBe(true)
    expect(new Set(data.followUps.map((f) => f.status))).toEqual(
      new Set(['open', 'done', 'dropped']),
    )
    for (const f of data.followUps) {
      expect(f.doneAt === null, f.what).toBe(f.status !== 'done')
      if (f.doneAt) expect(f.doneAt <= TODAY).toBe(true)
    }
  })

  it('is deterministic: same now, same rows; another now moves dates but keeps ids', () => {
    expect(buildDemoDataset(cities, NOW)).toEqual(data)
    const later = buildDemoDataset(cities, new Date('2027-01-20T12:00:00Z'))
    const idsOf = (d: DatasetTables): string[] => d.visits.map((v) => v.id)
    expect(idsOf(later)).toEqual(idsOf(data))
    expect(later.visits[0]?.startDate).not.toBe(data.visits[0]?.startDate)
  })

  it('refuses, naming them, when partner cities it needs are missing', () => {
    const withoutTokyo = cities.filter((c) => c.id !== PARTNER_CITY_IDS.tokyo)
    expect(() => buildDemoDataset(withoutTokyo, NOW)).toThrow(DemoCitiesMissingError)
    const error = (() => {
      try {
        return buildDemoDataset(withoutTokyo, NOW)
      } catch (e) {
        return e
      }
    })()
    expect((error as DemoCitiesMissingError).missing).toEqual(['tokyo'])
    expect((error as DemoCitiesMissingError).params).toEqual({ cities: 'Tokio / Tokyo' })
  })
})
