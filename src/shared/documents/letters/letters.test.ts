import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { displayName } from '../../domain/personName'
import { demoTables, paragraphsOf, unzipDocx } from '../testFixtures'
import { buildLetters, closingOf, loadLettersData, LettersDataError, salutationOf } from '.'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyo = tables.visits.find((v) => v.title.includes('Tokio'))!
const data = loadLettersData(tables, tokyo.id)

async function textOf(kind: 'invitation' | 'thanks', lang: 'de' | 'en'): Promise<string> {
  const file = await Packer.toArrayBuffer(buildLetters(data, { lang, kind, now: NOW }))
  return paragraphsOf(unzipDocx(file)['word/document.xml'] ?? '')
    .map((p) => p.text.replaceAll('\u200B', ''))
    .join('\n')
}

describe('letters to the counterparts of a visit', () => {
  it('writes to every counterpart of the programme, in order of precedence, signed by the head', () => {
    const named = new Set(
      tables.agendaItems.filter((i) => i.visitId === tokyo.id).flatMap((i) => i.counterpartIds),
    )
    expect(data.recipients.map((c) => c.id).sort()).toEqual([...named].sort())
    expect(data.signatory?.id).toBe(tokyo.headOfDelegationId)
  })

  it.each(['de', 'en'] as const)(
    'greets and closes each person in their form of address (%s)',
    async (lang) => {
      const text = await textOf('thanks', lang)
      for (const person of data.recipients) {
        expect(text).toContain(salutationOf(person, lang))
        expect(text).toContain(closingOf(person, lang))
      }
      expect(text).toContain(tokyo.title)
      expect(text).toContain(displayName(data.signatory!))
    },
  )

  it('uses the formal closing for the highest offices and a neutral salutation without a form', () => {
    const governor = data.recipients.find((c) =>
      c.addressForms.en?.spokenAddress.startsWith('Governor'),
    )!
    expect(salutationOf(governor, 'en')).toBe('Dear Governor Nishimura,')
    expect(closingOf({ ...governor, precedenceRank: 1 }, 'de')).toBe('Mit vorzüglicher Hochachtung')
    expect(closingOf({ ...governor, precedenceRank: 400 }, 'de')).toBe('Mit freundlichen Grüßen')
    expect(salutationOf({ ...governor, addressForms: {} }, 'de')).toBe(
      'Sehr geehrte Damen und Herren,',
    )
  })

  it('puts each letter on a page of its own', async () => {
    const file = await Packer.toArrayBuffer(
      buildLetters(data, { lang: 'de', kind: 'invitation', now: NOW }),
    )
    const xml = unzipDocx(file)['word/document.xml'] ?? ''
    expect(xml.split('<w:sectPr').length - 1).toBe(data.recipients.length)
  })

  it('refuses a visit whose programme names nobody', () => {
    const empty = {
      ...tables,
      agendaItems: tables.agendaItems.filter((i) => i.visitId !== tokyo.id),
    }
    expect(() => loadLettersData(empty, tokyo.id)).toThrow(LettersDataError)
  })
})
