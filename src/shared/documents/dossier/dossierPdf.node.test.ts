import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { translator } from '../../i18n'
import type { UiLanguage } from '../../model/common'
import { paragraphsOf, demoTables, unzipDocx } from '../testFixtures'
import { buildDossier } from './buildDossier'
import { defaultDossierClassification } from './dossierContext'
import { loadDossierData, type DossierData } from './dossierData'
import { headingAtPageEnd, pdfPageCount } from '../pdfPages'

/**
 * The real consumer: LibreOffice opens the dossier of every demo city and prints it to PDF, in
 * one soffice run for all of them. Languages alternate from city to city; Tokyo comes in both.
 */
const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)

type Job = { name: string; data: DossierData; lang: UiLanguage }

const jobs: Job[] = tables.partnerCities.flatMap((city, index) => {
  const langs: UiLanguage[] =
    city.name.en === 'Tokyo' ? ['de', 'en'] : [index % 2 === 0 ? 'de' : 'en']
  return langs.map((lang) => ({
    name: `dossier-${lang}-${city.countryCode}-${city.id.slice(-6)}`,
    data: loadDossierData(tables, city.id, NOW),
    lang,
  }))
})

const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'))
afterAll(() => {
  if (!process.env.KEEP_DOSSIER_PDF) rmSync(dir, { recursive: true, force: true })
})

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()
const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 })

describe('LibreOffice prints the dossier of every demo city', () => {
  it('converts them all, each holding its city, the marking and page numbers', async () => {
    const headings = new Map<string, string[]>()
    for (const job of jobs) {
      const file = await Packer.toArrayBuffer(buildDossier(job.data, { lang: job.lang }))
      writeFileSync(join(dir, `${job.name}.docx`), new Uint8Array(file))
      const paragraphs = paragraphsOf(unzipDocx(file)['word/document.xml'] ?? '')
      headings.set(
        job.name,
        paragraphs
          .filter((p) => /^Heading[1-3]$/.test(p.style ?? ''))
          .map((p) => p.text.replaceAll('\u200B', '').trim()),
      )
    }
    // soffice exits 0 even when a file fails, so each PDF is checked for below.
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...jobs.map((j) => join(dir, `${j.name}.docx`)),
      ],
      { stdio: 'ignore', env: { ...process.env, HOME: dir } },
    )

    expect(jobs.length).toBe(tables.partnerCities.length + 1)
    for (const job of jobs) {
      const pdf = join(dir, `${job.name}.pdf`)
      expect(existsSync(pdf), `${job.name}.pdf exists`).toBe(true)
      const pages = pdfPageCount(run, pdf)
      const busy = job.data.visits.length > 0
      // A city without visits: cover and one page of facts, people and organizations.
      if (busy) expect(pages, job.name).toBeGreaterThanOrEqual(3)
      else expect(pages, job.name).toBeLessThanOrEqual(3)
      expect(pages, job.name).toBeLessThanOrEqual(12)

      const t = translator(job.lang)
      const text = run('pdftotext', ['-layout', pdf, '-'])
      expect(text).toContain(job.data.city.name[job.lang])
      const marking = t(
        `doc.marking.${defaultDossierClassification(job.data.settings.defaultClassification)}`,
      )
      expect(text).toContain(marking)
      expect(text).toContain(t('doc.footer', { page: 1, pages }))
      expect(text).toContain(t('doc.footer', { page: pages, pages }))
      if (!busy)
        expect(squash(text)).toContain(
          squash(t('dossier.doc.visits.none', { city: job.data.city.name[job.lang] })),
        )

      // No page may end on a heading: headings keep with what follows.
      const footer = new RegExp(`^${t('doc.footer', { page: '\\d+', pages: '\\d+' })}$`)
      const titles = headings.get(job.name) ?? []
      const skip = (l: string): boolean => l === marking || footer.test(l)
      expect(headingAtPageEnd(run, pdf, pages, titles, skip, 2), job.name).toBeNull()
    }
  }, 600_000)
})
