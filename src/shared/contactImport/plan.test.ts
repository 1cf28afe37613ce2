import { describe, expect, it } from 'vitest'
import type { Organization } from '../model/organization'
import { contactOf } from '../vcard/testSupport'
import { buildCandidates, buildImportChanges, mergeContact, planImport, vcardPeople } from './index'

const senate = {
  id: '7b0c5e1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d',
  name: 'Senatskanzlei Berlin',
  localName: '',
  deletedAt: null,
} as Organization

const existing = [
  contactOf({
    id: 'c0000000-0000-4000-8000-000000000001',
    givenName: 'Anna',
    familyName: 'Schmidt',
    email: 'Anna.Schmidt@example.org',
    phones: [{ label: 'Büro', number: '+49 30 1234' }],
    tags: ['Senat'],
  }),
  contactOf({
    id: 'c0000000-0000-4000-8000-000000000002',
    givenName: 'Jürgen',
    familyName: 'Müller',
    organizationId: senate.id,
    position: 'Referatsleiter',
  }),
  contactOf({
    id: 'c0000000-0000-4000-8000-000000000003',
    givenName: 'Trashed',
    familyName: 'Person',
    email: 'trashed@example.org',
    deletedAt: '2026-01-20T00:00:00.000Z',
  }),
]

function card(lines: string[]): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n')
}

const file = [
  // The same e-mail, other case and another name: a duplicate of Anna.
  card([
    'N:Schmidt-Wagner;Anna;;;',
    'EMAIL:anna.schmidt@EXAMPLE.org',
    'TEL;TYPE=CELL:+49 170 5555',
    'TEL:+49 30 1234',
    'CATEGORIES:senat,Kultur',
    'TITLE:Referentin',
  ]),
  // The same name (diacritics folded) at the same organization: a duplicate of Jürgen.
  card(['N:Muller;Jurgen;;;', 'ORG:senatskanzlei  berlin', 'EMAIL:j.mueller@example.org']),
  // The same name at another organization: new.
  card(['N:Müller;Jürgen;;;', 'ORG:Bezirksamt Mitte']),
  // Only a trashed contact has this e-mail: new.
  card(['N:Person;Other;;;', 'EMAIL:trashed@example.org']),
  // An invalid e-mail.
  card(['N:Broken;Bea;;;', 'EMAIL:not-an-address']),
  // The card's UID is an existing contact's id.
  card(['N:Someone;Else;;;', 'UID:c0000000-0000-4000-8000-000000000002']),
].join('')

async function plan(): Promise<ReturnType<typeof planImport>> {
  const people = vcardPeople(new TextEncoder().encode(file), 'de')
  return planImport(await buildCandidates(people, [senate], 'de'), existing)
}

describe('planImport', () => {
  it('finds duplicates by e-mail, by folded name and organization, and by UID', async () => {
    const { rows, counts, newOrganizations } = await plan()
    expect(counts).toEqual({ new: 2, duplicate: 3, invalid: 1 })
    expect(
      rows.map((row) =>
        row.kind === 'duplicate' ? `${row.existing.id.slice(-1)}:${row.reason}` : row.kind,
      ),
    ).toEqual(['1:email', '2:name', 'new', 'new', 'invalid', '2:uid'])
    expect(newOrganizations).toEqual(['Bezirksamt Mitte'])
    const invalid = rows[4]
    expect(invalid?.candidate.problems.map((p) => [p.field, p.issue.message])).toEqual([
      ['email', 'v.email'],
    ])
  })
})

describe('buildImportChanges', () => {
  const now = new Date('2026-02-01T12:00:00.000Z')
  let next = 0
  const newId = (): string => `d0000000-0000-4000-8000-${String(++next).padStart(12, '0')}`

  it('skips, merges or adds each duplicate as chosen and creates the new organizations', async () => {
    const result = await plan()
    const merged = buildImportChanges(result, () => 'merge', now, newId)
    expect(merged.added.map((c) => c.familyName)).toEqual(['Müller', 'Person'])
    expect(merged.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Bezirksamt Mitte', 'other'],
    ])
    expect(merged.added[0]?.organizationId).toBe(merged.organizations[0]?.id)
    expect(merged.merged.map((c) => c.id)).toEqual([existing[0]?.id, existing[1]?.id])
    const skipped = buildImportChanges(result, () => 'skip', now, newId)
    expect([skipped.added.length, skipped.merged.length, skipped.skipped]).toEqual([2, 0, 3])
    const added = buildImportChanges(result, () => 'add', now, newId)
    expect([added.added.length, added.merged.length]).toEqual([5, 0])
  })
})

describe('mergeContact', () => {
  it('fills empty fields only and adds phones and tags it does not have', async () => {
    const [anna] = existing
    const { rows } = await plan()
    const incoming = rows[0]?.candidate.input
    if (!anna || !incoming) throw new Error('fixture')
    const merged = mergeContact(anna, incoming, new Date('2026-02-01T12:00:00.000Z'))
    expect(merged.familyName).toBe('Schmidt')
    expect(merged.email).toBe('Anna.Schmidt@example.org')
    expect(merged.position).toBe('Referentin')
    expect(merged.phones).toEqual([
      { label: 'Büro', number: '+49 30 1234' },
      { label: 'Mobil', number: '+49 170 5555' },
    ])
    expect(merged.tags).toEqual(['Senat', 'Kultur'])
    expect(merged.updatedAt).toBe('2026-02-01T12:00:00.000Z')
    expect(merged.createdAt).toBe(anna.createdAt)
  })
})
