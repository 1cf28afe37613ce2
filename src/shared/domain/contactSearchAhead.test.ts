import { describe, expect, it } from 'vitest'
import { ContactKeyCache } from '../search/contactSearch'
import { createContactFilter, filterContacts } from './contactFilter'
import {
  EMPTY_CONTACT_FILTER,
  indexContacts,
  type ContactIndexLookups,
  type ContactListFields,
} from './contactList'
import { listContact } from './contactListTestSupport'
import { firstLetterTable, warmFirstLetters } from './contactSearchAhead'

function person(
  id: string,
  familyName: string,
  over: Partial<ContactListFields> = {},
): ContactListFields {
  return listContact({ id, familyName, ...over })
}

const lookups: ContactIndexLookups = { organization: () => undefined, cityNames: () => [] }
const people = [
  person('1', 'Kowalski', { position: 'Konsul', languages: ['pl'] }),
  person('2', 'Berg', { tags: ['Kultur'] }),
  person('3', 'Kato', { languages: ['ja'] }),
  person('4', 'Nowak', { position: 'Referentin', tags: ['Konsulat'] }),
]
const ids = (rows: readonly ContactListFields[]): string[] => rows.map((c) => c.id)
const text = (value: string, more: Partial<typeof EMPTY_CONTACT_FILTER> = {}) => ({
  ...EMPTY_CONTACT_FILTER,
  ...more,
  text: value,
})

describe('warmFirstLetters and firstLetterTable', () => {
  it('has no table until every contact is in, then one per index', () => {
    const index = indexContacts(people, lookups, new ContactKeyCache())
    expect(firstLetterTable(index)).toBeNull()
    expect(warmFirstLetters(index, 3)).toBe(false)
    expect(firstLetterTable(index)).toBeNull()
    expect(warmFirstLetters(index, 3)).toBe(true)
    expect(firstLetterTable(index)?.rows.map((r) => r.contact.familyName)).toEqual([
      'Berg',
      'Kato',
      'Kowalski',
      'Nowak',
    ])
    const rebuilt = indexContacts(people.slice(1), lookups, new ContactKeyCache())
    expect(firstLetterTable(rebuilt)).toBeNull()
  })

  it('a search answered from the tables is the search without them', () => {
    const index = indexContacts(people, lookups, new ContactKeyCache())
    while (!warmFirstLetters(index, 2));
    const search = createContactFilter<ContactListFields>({ aheadMin: 0 })
    for (const filter of [
      text('k'),
      text('ko'),
      text('kon'),
      text('k', { language: 'ja' }),
      text('ka', { language: 'ja' }),
      text('n'),
      text('no', { tag: 'Konsulat' }),
    ]) {
      expect(ids(search(index, filter))).toEqual(ids(filterContacts(index, filter)))
      while (search.prepare(1));
    }
    // Name prefixes (Kato, Kowalski by name), inside a name (Nowak), then a tag (Berg's Kultur).
    expect(ids(search(index, text('k')))).toEqual(['3', '1', '4', '2'])
  })

  it('prepares ahead only for a one-word, one-form text with enough matches', () => {
    const index = indexContacts(people, lookups, new ContactKeyCache())
    const search = createContactFilter<ContactListFields>({ aheadMin: 2 })
    expect(search.prepare(10)).toBe(false)
    search(index, text('k'))
    expect(search.prepare(1)).toBe(true)
    expect(search.prepare(10)).toBe(false)
    search(index, text('kow'))
    expect(search.prepare(10)).toBe(false)
    search(index, text('k n'))
    expect(search.prepare(10)).toBe(false)
  })
})
