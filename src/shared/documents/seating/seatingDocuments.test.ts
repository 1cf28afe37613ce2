import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { displayName } from '../../domain/personName'
import type { UiLanguage } from '../../model/common'
import { paragraphsOf, unzipDocx } from '../testFixtures'
import { seatedDemo } from './seatingFixtures'
import { buildSeatingDocument, loadSeatingDocData, SEATING_DOCUMENTS, SeatingDataError } from '.'

const NOW = new Date('2026-11-26T10:00:00Z')
const { tables, itemId, plan } = seatedDemo(NOW)
const data = loadSeatingDocData(tables, itemId)
const seated = plan.assignments.map((a) => tables.contacts.find((c) => c.id === a.contactId)!)

async function textOf(kind: (typeof SEATING_DOCUMENTS)[number], lang: UiLanguage): Promise<string> {
  const file = await Packer.toArrayBuffer(buildSeatingDocument(kind, data, { lang }))
  const xml = unzipDocx(file)['word/document.xml'] ?? ''
  return paragraphsOf(xml)
    .map((p) => p.text.replaceAll('\u200B', ''))
    .join('\n')
}

describe('the seating documents', () => {
  it('seats the whole dinner: delegation and counterparts', () => {
    expect(seated.length).toBeGreaterThanOrEqual(10)
    expect(data.tables[0]?.people.length).toBe(plan.assignments.length)
  })

  it.each(['de', 'en'] as const)('name everyone seated (%s)', async (lang) => {
    for (const kind of ['chart', 'badges', 'entrance'] as const) {
      const text = await textOf(kind, lang)
      for (const c of seated) expect(text, `${kind}: ${c.familyName}`).toContain(displayName(c))
    }
  })

  it('print the form of address on the place cards, on both faces', async () => {
    const text = await textOf('placeCards', 'en')
    const host = seated.find((c) => c.addressForms.en?.spokenAddress)!
    const spoken = host.addressForms.en!.spokenAddress
    expect(text.split(spoken).length - 1).toBeGreaterThanOrEqual(2)
  })

  it('keep dietary needs to the kitchen list', async () => {
    const withDiet = tables.contacts.map((c) =>
      c.id === seated[1]!.id ? { ...c, dietaryNeeds: 'Keine Schalentiere (Allergie)' } : c,
    )
    const dieted = loadSeatingDocData({ ...tables, contacts: withDiet }, itemId)
    const docs = await Promise.all(
      SEATING_DOCUMENTS.map(async (kind) => {
        const file = await Packer.toArrayBuffer(buildSeatingDocument(kind, dieted, { lang: 'de' }))
        return [kind, unzipDocx(file)['word/document.xml'] ?? ''] as const
      }),
    )
    for (const [kind, xml] of docs) {
      expect(xml.includes('Schalentiere'), kind).toBe(kind === 'kitchen')
    }
    expect(docs.find(([k]) => k === 'kitchen')?.[1]).toContain(displayName(seated[1]!))
  })

  it('list the entrance alphabetically', async () => {
    const text = await textOf('entrance', 'de')
    const order = [...seated]
      .sort((a, b) => a.familyName.localeCompare(b.familyName, 'de'))
      .map((c) => text.indexOf(displayName(c)))
    expect(order).not.toContain(-1)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(text).toContain(displayName(seated[0]!))
  })

  it('refuse an item without a plan, naming it', () => {
    const other = tables.agendaItems.find((i) => i.id !== itemId)!
    expect(() => loadSeatingDocData(tables, other.id)).toThrow(SeatingDataError)
  })
})
