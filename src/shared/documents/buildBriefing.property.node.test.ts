import { Packer } from 'docx'
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { loadBriefingData, type BriefingData } from './briefingData'
import { buildBriefing } from './buildBriefing'
import { stripInvalid } from './sanitize'
import { demoTables, unzipDocx } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const base = loadBriefingData(tables, tables.visits[0]?.id ?? '', NOW)

/** Every field a person types into, wherever it sits in the briefing data. */
const FREE_TEXT = new Set([
  'title',
  'purpose',
  'objectives',
  'background',
  'place',
  'address',
  'talkingPoints',
  'dressCode',
  'interpreter',
  'notes',
  'honorificPrefix',
  'honorificSuffix',
  'givenName',
  'familyName',
  'nativeName',
  'pronunciation',
  'position',
  'biography',
  'dietaryNeeds',
  'accessibilityNeeds',
  'letterSalutation',
  'spokenAddress',
  'envelope',
  'name',
  'localName',
  'description',
  'disposition',
  'what',
  'owner',
  'service',
  'from',
  'to',
  'bookingReference',
  'hotel',
  'phone',
  'number',
  'officeName',
  'homeCityName',
  'de',
  'en',
  'country',
  'label',
])

/** A copy of the data with every free-text field (and every theme) replaced from `pool`. */
function fillWith(data: BriefingData, pool: readonly string[]): BriefingData {
  let next = 0
  const take = (): string => pool[next++ % pool.length] ?? ''
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return FREE_TEXT.has(key) || key === 'themes' ? take() : value
    if (Array.isArray(value)) return value.map((v) => walk(v, key))
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
    }
    return value
  }
  return walk(data, '') as BriefingData
}

// mammoth's raw text drops line breaks (<w:br/>) without a space, so whitespace is compared away.
const squash = (s: string): string => s.replace(/[\s\u200B]+/g, '')

describe('hostile text', () => {
  it('never breaks an XML part, and reads back minus the removed characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { minLength: 25, maxLength: 25 }),
        fc.constantFrom('full', 'pocket', 'read-ahead'),
        async (pool, variant) => {
          const data = fillWith(base, pool)
          const file = await Packer.toArrayBuffer(buildBriefing(data, { lang: 'en', variant }))
          for (const [name, xml] of Object.entries(unzipDocx(file))) {
            if (!/\.(xml|rels)$/.test(name)) continue
            expect(XMLValidator.validate(xml), name).toBe(true)
          }
          const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file) })
          const text = squash(value)
          // What every variant prints: the visit title and the agenda's first item.
          for (const shown of [data.visit.title, data.agendaItems[0]?.title ?? '']) {
            expect(text).toContain(squash(stripInvalid(shown)))
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 180_000)
})
