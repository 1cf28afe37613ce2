import { describe, expect, it } from 'vitest'
import { hostileTables } from '../backup/hostileTables'
import { phoneLabels } from '../contactImport'
import { HOSTILE_TEXT_KINDS } from '../model/hostileTexts'
import { readVCards } from './index'
import { contactsToVCards, VCARD_VERSIONS, type VCardContext } from './writeVCard'

const NOW = new Date('2026-11-26T10:00:00Z')
const encoder = new TextEncoder()
const strict = new TextDecoder('utf-8', { fatal: true })

describe.each(HOSTILE_TEXT_KINDS)('%s text in every field of a vCard', (kind) => {
  const tables = hostileTables(kind, NOW)
  const context: VCardContext = {
    organizationOf: (id) => tables.organizations.find((o) => o.id === id),
    cityOf: (id) => tables.partnerCities.find((c) => c.id === id),
    photoOf: (id) => tables.contactPhotos.find((p) => p.id === id)?.photo,
  }
  // The first contacts carry the long text in the long case (see hostileTables).
  const contacts = tables.contacts.slice(0, 5)

  it.each(VCARD_VERSIONS)('comes back from a %s card as it went in', (version) => {
    const bytes = encoder.encode(contactsToVCards(contacts, context, version))
    // Folding at 75 octets never cuts a character: every physical line is UTF-8 on its own.
    for (const line of strict.decode(bytes).split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
      expect(() => strict.decode(encoder.encode(line))).not.toThrow()
    }
    const people = readVCards(bytes, phoneLabels('en')).map((card) => card.person)
    expect(people).toHaveLength(contacts.length)
    contacts.forEach((contact, index) => {
      const person = people[index]
      expect(person).toMatchObject({
        honorificPrefix: contact.honorificPrefix,
        givenName: contact.givenName,
        familyName: contact.familyName,
        honorificSuffix: contact.honorificSuffix,
        position: contact.position,
        note: contact.biography,
        tags: contact.tags,
        organization: context.organizationOf(contact.organizationId)?.name ?? '',
      })
      if (version === '4.0') {
        expect(person?.nativeName).toBe(contact.nativeName)
        expect(person?.pronunciation).toBe(contact.pronunciation)
      }
      expect(person?.phones.map((p) => p.label)).toEqual(contact.phones.map((p) => p.label))
    })
  })
})
