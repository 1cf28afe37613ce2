import { describe, expect, it } from 'vitest'
import { errorMessage } from '../../i18n/errorMessage'
import { translator } from '../../i18n'
import { demoTables } from '../testFixtures'
import { DossierDataError, loadDossierData } from './dossierData'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyo = tables.partnerCities.find((c) => c.name.en === 'Tokyo')
if (!tokyo) throw new Error('no Tokyo in the seed')

describe('loadDossierData', () => {
  it('refuses an unknown city with a message naming its id', () => {
    const id = crypto.randomUUID()
    const load = (): unknown => loadDossierData(tables, id, NOW)
    expect(load).toThrow(DossierDataError)
    try {
      load()
    } catch (error) {
      expect(errorMessage(error, translator('en'), 'en')).toBe(
        `There is no partner city with the id ${id}.`,
      )
    }
  })

  it('takes the city’s own visits, people and organizations, leaving the trash out', () => {
    const trashedContact = tables.contacts.find((c) => c.cityId === tokyo.id)
    const trashedOrg = tables.organizations.find((o) => o.cityId === tokyo.id)
    if (!trashedContact || !trashedOrg) throw new Error('Tokyo has people and organizations')
    const stamp = NOW.toISOString()
    const rows = {
      ...tables,
      contacts: tables.contacts.map((c) =>
        c.id === trashedContact.id ? { ...c, deletedAt: stamp } : c,
      ),
      organizations: tables.organizations.map((o) =>
        o.id === trashedOrg.id ? { ...o, deletedAt: stamp } : o,
      ),
    }
    const data = loadDossierData(rows, tokyo.id, NOW)
    expect(data.visits.map((e) => e.visit.cityId)).toEqual(
      tables.visits.filter((v) => v.cityId === tokyo.id).map(() => tokyo.id),
    )
    expect(data.contacts.map((p) => p.contact.id)).not.toContain(trashedContact.id)
    expect(data.contacts.every((p) => p.contact.cityId === tokyo.id)).toBe(true)
    expect(data.organizations.map((o) => o.id)).not.toContain(trashedOrg.id)
    expect(data.today).toBe('2026-11-26')
    // The head of delegation is a Berlin contact: named, though not a contact of the city.
    const head = data.visits[0]?.visit.headOfDelegationId ?? ''
    expect(data.people[head]?.contact.cityId).toBeNull()
    // Photos, needs and notes are not in the data at all, so no section can print them.
    for (const { contact, photo } of [...data.contacts, ...Object.values(data.people)]) {
      expect([photo, contact.dietaryNeeds, contact.accessibilityNeeds, contact.notes]).toEqual([
        null,
        '',
        '',
        '',
      ])
    }
    // Plain data: it crosses to the worker by structured clone.
    expect(structuredClone(data)).toEqual(data)
  })
})
