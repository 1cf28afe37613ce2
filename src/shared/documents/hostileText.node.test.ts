import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { hostileTables } from '../backup/hostileTables'
import { HOSTILE_TEXT_KINDS } from '../model/hostileTexts'
import { loadBriefingData } from './briefingData'
import { buildBriefing } from './buildBriefing'
import { unzipDocx } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')

/** The text of every run, with entities decoded; line breaks and the sanitizer's ZWSP dropped. */
function documentText(xml: string): string {
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '')
  return squash(
    runs
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  )
}

// Runs break where the book breaks lines, so whitespace is compared away, as is the ZWSP the
// sanitizer puts into long unbroken words (sanitize.ts).
const squash = (s: string): string => s.replace(/[\s\u200B]+/g, '')

describe.each(HOSTILE_TEXT_KINDS)('%s text in a briefing book', (kind) => {
  it('reads back from the document as it was typed', { timeout: 120_000 }, async () => {
    const tables = hostileTables(kind, NOW)
    const visit = tables.visits[0]
    if (!visit) throw new Error('the demo set has no visit')
    const data = loadBriefingData(tables, visit.id, NOW)
    const file = await Packer.toArrayBuffer(buildBriefing(data, { lang: 'de', variant: 'full' }))
    const text = documentText(unzipDocx(file)['word/document.xml'] ?? '')
    expect(text).not.toContain('\uFFFD')
    const shown = [
      data.visit.title,
      data.visit.purpose,
      ...data.agendaItems.flatMap((item) => [item.title, item.place]),
    ]
    for (const value of shown) expect(text).toContain(squash(value))
  })
})
