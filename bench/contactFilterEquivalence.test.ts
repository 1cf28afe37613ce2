import { describe, expect, it } from 'vitest'
import {
  EMPTY_CONTACT_FILTER,
  indexContacts,
  type ContactFilter,
  type ContactIndexLookups,
  type ContactListFields,
  type IndexedContact,
} from '../src/shared/domain/contactList'
import { createContactFilter, filterContacts } from '../src/shared/domain/contactFilter'
import { firstLetterTable, warmFirstLetters } from '../src/shared/domain/contactSearchAhead'
import { sortByPrecedence } from '../src/shared/domain/precedence'
import { ContactKeyCache } from '../src/shared/search/contactSearch'
import { queryWords, scoreKey } from '../src/shared/search/searchKey'
import { warmIndex } from '../src/shared/domain/contactList'
import { buildLargeDataset } from './largeDataset'

/** filterContacts as it was before narrowing and the counting sort: the definition to match. */
function reference<T extends ContactListFields>(
  index: readonly IndexedContact<T>[],
  filter: ContactFilter,
): T[] {
  const passes = (entry: IndexedContact<T>): boolean => {
    const c = entry.contact
    if (filter.organizationId !== null && c.organizationId !== filter.organizationId) return false
    if (filter.organizationKind !== null && entry.organizationKind !== filter.organizationKind) {
      return false
    }
    if (
      filter.cityId === 'home'
        ? c.cityId !== null
        : filter.cityId !== null && c.cityId !== filter.cityId
    ) {
      return false
    }
    if (filter.language !== null && !c.languages.includes(filter.language)) return false
    if (filter.tag !== null && !c.tags.includes(filter.tag)) return false
    return true
  }
  const words = queryWords(filter.text)
  if (words.length === 0) return index.filter(passes).map((entry) => entry.contact)
  const hits: { entry: IndexedContact<T>; score: number }[] = []
  for (const entry of index) {
    if (!passes(entry)) continue
    const score = scoreKey(entry.key, words)
    if (score !== null) hits.push({ entry, score })
  }
  hits.sort((a, b) => a.score - b.score || a.entry.nameOrder - b.entry.nameOrder)
  return hits.map((hit) => hit.entry.contact)
}

const tables = buildLargeDataset({ contacts: 1_500, visits: 20, agendaItems: 100, photoEvery: 0 })
const organizations = new Map(tables.organizations.map((o) => [o.id, o]))
const cities = new Map(tables.partnerCities.map((c) => [c.id, c]))
const lookups: ContactIndexLookups = {
  organization: (id) => {
    const o = organizations.get(id)
    return o ? { names: [o.name, o.localName], kind: o.kind } : undefined
  },
  cityNames: (id) => {
    const c = cities.get(id)
    return c ? [c.name.de, c.name.en] : []
  },
}
const index = indexContacts(tables.contacts, lookups, new ContactKeyCache())

/** Every prefix of a text, as typed character by character. */
const typed = (text: string): string[] =>
  [...text].map((_, n) => [...text].slice(0, n + 1).join(''))

const someOf = <T>(rows: readonly T[], step: number): T[] => rows.filter((_, i) => i % step === 0)

describe('createContactFilter gives exactly what filterContacts gave, in the same order', () => {
  const texts = [
    'Kowalski',
    'Петрова',
    '佐藤',
    'Dolmetschen',
    'Müller',
    'Mueller',
    'anna s',
    'anna sch',
    'ｶﾞｲｼﾞﾝ',
    'さとう はなこ',
    'Żółkiewski',
    'karimova',
    ...someOf(tables.contacts, 300).flatMap((c) => [
      c.familyName,
      `${c.givenName} ${c.familyName}`,
    ]),
    ...someOf(tables.contacts, 400).map((c) => `${c.nativeName} ${c.position}`),
    ...someOf(tables.organizations, 50).map((o) => `${o.localName || o.name} ${o.name}`),
  ]

  it('typing each text character by character, then deleting it again', () => {
    const search = createContactFilter<(typeof tables.contacts)[number]>()
    let compared = 0
    for (const text of texts) {
      const steps = typed(text)
      for (const step of [...steps, ...steps.reverse()]) {
        const filter = { ...EMPTY_CONTACT_FILTER, text: step }
        expect(search(index, filter).map((c) => c.id)).toEqual(
          reference(index, filter).map((c) => c.id),
        )
        compared++
      }
    }
    expect(compared).toBeGreaterThan(400)
    // A loaded machine: a thousand full reference searches take their time.
  }, 120_000)

  it('with the other filters changing between keys', () => {
    const search = createContactFilter<(typeof tables.contacts)[number]>()
    const others: Partial<ContactFilter>[] = [
      {},
      { cityId: 'home' },
      { organizationKind: 'embassy' },
      { language: 'ru' },
      { tag: tables.contacts.find((c) => c.tags.length > 0)?.tags[0] ?? null },
      { cityId: tables.partnerCities[0]?.id ?? null },
    ]
    texts.slice(0, 12).forEach((text, t) => {
      typed(text).forEach((step, n) => {
        const filter = { ...EMPTY_CONTACT_FILTER, ...others[(t + n) % others.length], text: step }
        expect(search(index, filter).map((c) => c.id)).toEqual(
          reference(index, filter).map((c) => c.id),
        )
      })
    })
  })

  it('after the index changed (a new index object is searched in full)', () => {
    const search = createContactFilter<(typeof tables.contacts)[number]>()
    search(index, { ...EMPTY_CONTACT_FILTER, text: 'K' })
    const fewer = indexContacts(tables.contacts.slice(500), lookups, new ContactKeyCache())
    const filter = { ...EMPTY_CONTACT_FILTER, text: 'Ko' }
    const found = search(fewer, filter)
    expect(found.map((c) => c.id)).toEqual(reference(fewer, filter).map((c) => c.id))
    expect(filterContacts(index, filter).length).toBeGreaterThan(found.length)
  })
})

/** The index warmed as the contacts page does in idle time: keys, name order, one-letter table. */
function warmed<T extends ContactListFields>(built: IndexedContact<T>[]): IndexedContact<T>[] {
  warmIndex(built, 0, built.length)
  while (!warmFirstLetters(built, 300));
  return built
}

describe('with the one-letter table and the tables built ahead, the same answers again', () => {
  type Row = (typeof tables.contacts)[number]
  const texts = [
    'K',
    'Kowalski',
    'Петрова',
    '佐藤',
    'Dolmetschen',
    'Müller',
    'anna s',
    'ｶﾞｲｼﾞﾝ',
    'a',
    'ß',
    ...someOf(tables.contacts, 300).map((c) => c.familyName),
    ...someOf(tables.organizations, 100).map((o) => o.localName || o.name),
  ]
  const full = warmed(indexContacts(tables.contacts, lookups, new ContactKeyCache()))
  const check = (
    search: (i: typeof full, f: ContactFilter) => Row[],
    on: typeof full,
    filter: ContactFilter,
  ): void => {
    expect(search(on, filter).map((c) => c.id)).toEqual(reference(on, filter).map((c) => c.id))
  }

  it('typing on and deleting, with the next table built in full, in part or not at all', () => {
    // aheadMin 0: a table ahead after every one-word search, not only the big ones.
    const search = createContactFilter<Row>({ aheadMin: 0 })
    let step = 0
    for (const text of texts) {
      const steps = typed(text)
      for (const prefix of [...steps, ...steps.reverse()]) {
        check(search, full, { ...EMPTY_CONTACT_FILTER, text: prefix })
        step++
        if (step % 3 === 1) search.prepare(1)
        else if (step % 3 === 2) while (search.prepare(200));
      }
    }
    expect(firstLetterTable(full)).not.toBeNull()
  }, 120_000)

  it('with the other filters changing between keys', () => {
    const search = createContactFilter<Row>({ aheadMin: 0 })
    const others: Partial<ContactFilter>[] = [
      {},
      { cityId: 'home' },
      { organizationKind: 'embassy' },
      {},
      { language: 'ru' },
      { tag: tables.contacts.find((c) => c.tags.length > 0)?.tags[0] ?? null },
    ]
    texts.slice(0, 10).forEach((text, t) => {
      typed(text).forEach((prefix, n) => {
        const other = others[(t + n) % others.length]
        check(search, full, { ...EMPTY_CONTACT_FILTER, ...other, text: prefix })
        while (search.prepare(200));
      })
    })
  })

  it('after contacts are added, edited or deleted (a new index, its own table)', () => {
    const search = createContactFilter<Row>({ aheadMin: 0 })
    const k = { ...EMPTY_CONTACT_FILTER, text: 'K' }
    const ko = { ...EMPTY_CONTACT_FILTER, text: 'Ko' }
    check(search, full, k)
    while (search.prepare(200));
    const [first, ...rest] = tables.contacts
    if (!first) throw new Error('no contacts')
    const edited = { ...first, familyName: 'Koxqz', updatedAt: '2099-01-01T00:00:00.000Z' }
    const changes = [
      rest.slice(500),
      [edited, ...rest],
      [...tables.contacts, { ...first, id: 'added', familyName: 'Kovacs' }],
    ]
    for (const contacts of changes) {
      const next = indexContacts(contacts, lookups, new ContactKeyCache())
      // Before its table is built, and not from the previous index's tables.
      expect(firstLetterTable(next)).toBeNull()
      check(search, next, ko)
      check(search, next, k)
      warmed(next)
      while (search.prepare(200));
      check(search, next, ko)
      check(search, next, k)
      while (search.prepare(200));
      check(search, full, ko)
    }
  })
})

describe('the index keeps the protocol order sortByPrecedence gives', () => {
  it('for the generated office', () => {
    expect(index.map((entry) => entry.contact.id)).toEqual(
      sortByPrecedence(tables.contacts).map((c) => c.id),
    )
  })
})
