import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { displayName } from '../../domain/personName'
import { translator } from '../../i18n'
import { buildLetters, loadLettersData, salutationOf } from '../letters'
import { seatedDemo } from './seatingFixtures'
import { buildSeatingDocument, loadSeatingDocData, SEATING_DOCUMENTS } from '.'
import { pdfPageCount } from '../pdfPages'

/**
 * The real consumer: LibreOffice prints every protocol document and the letters, in both
 * languages, in one run.
 */
const NOW = new Date('2026-11-26T10:00:00Z')
const { tables, itemId, plan } = seatedDemo(NOW)
const data = loadSeatingDocData(tables, itemId)
const visitId = tables.agendaItems.find((i) => i.id === itemId)!.visitId
const letters = loadLettersData(tables, visitId)
const LETTER_JOBS = (['invitation', 'thanks'] as const).flatMap((kind) =>
  (['de', 'en'] as const).map((lang) => ({ kind, lang, file: `letters-${kind}-${lang}` })),
)
const dir = mkdtempSync(join(tmpdir(), 'seating-pdf-'))
afterAll(() => {
  if (!process.env.KEEP_SEATING_PDF) rmSync(dir, { recursive: true, force: true })
})
const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
const squash = (s: string): string => s.replace(/[\s\u200B]+/g, '')

describe('LibreOffice prints the seating documents', () => {
  it('converts each to PDF with every seated name in it', async () => {
    const jobs = SEATING_DOCUMENTS.flatMap((kind) =>
      (['de', 'en'] as const).map((lang) => ({ kind, lang })),
    )
    for (const job of jobs) {
      const file = await Packer.toArrayBuffer(
        buildSeatingDocument(job.kind, data, { lang: job.lang }),
      )
      writeFileSync(join(dir, `${job.kind}-${job.lang}.docx`), new Uint8Array(file))
    }
    for (const job of LETTER_JOBS) {
      const file = await Packer.toArrayBuffer(buildLetters(letters, { ...job, now: NOW }))
      writeFileSync(join(dir, `${job.file}.docx`), new Uint8Array(file))
    }
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...jobs.map((j) => join(dir, `${j.kind}-${j.lang}.docx`)),
        ...LETTER_JOBS.map((j) => join(dir, `${j.file}.docx`)),
      ],
      { stdio: 'ignore', env: { ...process.env, HOME: dir } },
    )
    const seated = plan.assignments.map((a) => tables.contacts.find((c) => c.id === a.contactId)!)
    const atTable = plan.assignments
      .filter((a) => !a.behind)
      .map((a) => tables.contacts.find((c) => c.id === a.contactId)!)
    for (const job of jobs) {
      const pdf = join(dir, `${job.kind}-${job.lang}.pdf`)
      expect(existsSync(pdf), pdf).toBe(true)
      const pages = pdfPageCount(run, pdf)
      const text = squash(run('pdftotext', [pdf, '-']))
      const t = translator(job.lang)
      if (job.kind === 'kitchen') {
        expect(text).toContain(squash(t('doc.seating.kitchenNotice')))
        continue
      }
      // Place cards leave the interpreter behind a chair out: they have no place at the table.
      const people = job.kind === 'placeCards' ? atTable : seated
      for (const c of people) {
        const name = job.kind === 'placeCards' ? c.familyName.toUpperCase() : displayName(c)
        expect(text.toUpperCase(), `${job.kind}-${job.lang}: ${c.familyName}`).toContain(
          squash(name).toUpperCase(),
        )
      }
      if (job.kind === 'placeCards') expect(pages).toBe(Math.ceil(atTable.length / 2))
      if (job.kind === 'chart') expect(pages).toBe(plan.tables.length)
    }
    // A page per counterpart, each greeted in their form of address, with their name.
    expect(letters.recipients.length).toBeGreaterThan(1)
    for (const job of LETTER_JOBS) {
      const pdf = join(dir, `${job.file}.pdf`)
      expect(existsSync(pdf), pdf).toBe(true)
      expect(pdfPageCount(run, pdf)).toBe(letters.recipients.length)
      const text = squash(run('pdftotext', [pdf, '-']))
      for (const c of letters.recipients) {
        expect(text, `${job.file}: ${c.familyName}`).toContain(squash(salutationOf(c, job.lang)))
        // Family-name-first names stand in capitals (WATANABE Kenta).
        expect(text.toUpperCase(), `${job.file}: ${c.familyName}`).toContain(
          squash(c.familyName).toUpperCase(),
        )
      }
    }
  })
})
