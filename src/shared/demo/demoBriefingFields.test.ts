import { describe, expect, it } from 'vitest'
import { PRESS_ACCESS } from '../model/agenda'
import { buildSeedPartnerCities, PARTNER_CITY_IDS } from '../seed/partnerCities'
import { buildDemoDataset } from './demoData'

const NOW = new Date('2026-05-12T08:30:00.000Z')
const data = buildDemoDataset(buildSeedPartnerCities(NOW), NOW)
const tokyo = data.visits.find(
  (v) => v.cityId === PARTNER_CITY_IDS.tokyo && v.direction === 'outgoing',
)

describe('the demo set’s briefing fields', () => {
  it('fill every protocol field of the Tokyo trip', () => {
    expect(tokyo?.category).toBe('official')
    for (const field of ['pressPlan', 'photoRules', 'securityNotes', 'flagsAndAnthems'] as const) {
      expect(tokyo?.[field].length, field).toBeGreaterThan(40)
    }
    const numbers = tokyo?.emergencyNumbers ?? []
    expect(numbers.length).toBeGreaterThanOrEqual(4)
    expect(numbers.map((n) => n.label)).toContain('Botschaft Tokio, Bereitschaftsdienst')
  })

  it('give every demo visit a category', () => {
    expect(data.visits.every((v) => v.category !== null)).toBe(true)
  })

  it('prepare the meeting with the Governor completely, defensive lines included', () => {
    const items = data.agendaItems.filter((a) => a.visitId === tokyo?.id)
    const meeting = items.find((a) => a.title === 'Gespräch mit der Gouverneurin von Tokio')
    for (const field of [
      'desiredOutcome',
      'pointsToMake',
      'defensiveLines',
      'vehicle',
      'seatingNote',
    ] as const) {
      expect(meeting?.[field], field).not.toBe('')
    }
    expect(meeting?.defensiveLines).toMatch(/^Falls angesprochen/)
    expect(meeting?.pressAccess).toBe('photoOpportunity')
    expect(new Set(items.map((a) => a.pressAccess))).toEqual(new Set([...PRESS_ACCESS, null]))
  })

  it('give the Tokyo delegation trip mobiles, all but one verified, and the hosts none', () => {
    const people = data.participants.filter((p) => p.visitId === tokyo?.id)
    const delegation = people.filter((p) => p.side === 'delegation')
    expect(delegation.every((p) => p.tripMobile !== '')).toBe(true)
    expect(delegation.filter((p) => !p.mobileVerified)).toHaveLength(1)
    const hosts = people.filter((p) => p.side === 'host')
    expect(hosts.length).toBeGreaterThan(0)
    expect(hosts.every((p) => p.tripMobile === '' && !p.mobileVerified)).toBe(true)
  })
})
