import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { translator } from '../../i18n'
import type { UiLanguage } from '../../model/common'
import { demoTables, paragraphsOf, unzipDocx } from '../testFixtures'
import { buildStrategyReport } from './buildStrategyReport'
import { loadStrategyReportData } from './strategyReportData'
import { headingAtPageEnd, pdfPageCount } from '../pdfPages'

/**
 * The real consumer: LibreOffice prints the report of every year the demo data has visits in,
 * in both languages, and a year without any, in one soffice run.
 */
const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const demoYears = loadStrategyReportData(tables, 2026, NOW).figures.years
const jobs = [
  ...demoYears.flatMap((year) =>
    (['de', 'en'] as UiLanguage[]).map((lang) => ({ year, lang, pages: [2, 6] })),
  ),
  { year: 2015, lang: 'en' as UiLanguage, pages: [1, 1] },
]

const dir = mkdtempSync(join(tmpdir(), 'strategy-pdf-'))
afterAll(() => {
  if (!process.env.KEEP_REPORT_PDF) rmSync(dir, { recursive: true, force: true })
})
const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
const nameOf = (job: (typeof jobs)[number]): string => `strategy-${job.year}-${job.lang}`

describe('LibreOffice prints the strategy report of every demo year', () => {
  it('converts them all; each PDF holds its year, its charts and page numbers', async () => {
    expect(demoYears.length).toBeGreaterThan(0)
    const headings = new Map<string, string[]>()
    for (const job of jobs) {
      const data = loadStrategyReportData(tables, job.year, NOW)
      const file = await Packer.toArrayBuffer(
        buildStrategyReport(data, { lang: job.lang, now: NOW }),
      )
      writeFileSync(join(dir, `${nameOf(job)}.docx`), new Uint8Array(file))
      const xml = unzipDocx(file)['word/document.xml'] ?? ''
      const titles = paragraphsOf(xml).filter((p) => /^Heading[1-3]$/.test(p.style ?? ''))
      headings.set(
        nameOf(job),
        titles.map((p) => p.text.trim()),
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
        ...jobs.map((j) => join(dir, `${nameOf(j)}.docx`)),
      ],
      { stdio: 'ignore', env: { ...process.env, HOME: dir } },
    )
    for (const job of jobs) {
      const pdf = join(dir, `${nameOf(job)}.pdf`)
      expect(existsSync(pdf), `${nameOf(job)}.pdf exists`).toBe(true)
      const pages = pdfPageCount(run, pdf)
      expect(pages, nameOf(job)).toBeGreaterThanOrEqual(job.pages[0]!)
      expect(pages, nameOf(job)).toBeLessThanOrEqual(job.pages[1]!)
      const t = translator(job.lang)
      const text = run('pdftotext', ['-layout', pdf, '-']).replace(/[ \t]+/g, ' ')
      expect(text).toContain(t('strategyReport.docTitle', { year: job.year }))
      expect(text).toContain(t('doc.footer', { page: pages, pages }))
      expect(text).toContain(t('strategyReport.chart.shares'))
      // Images: LibreOffice takes each chart's PNG fallback; one per chart in the PDF.
      const images = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter(Boolean)
      const charts = job.pages[1] === 1 ? 1 : 4
      expect(images.length, `${nameOf(job)} images`).toBe(charts)

      // Headings keep with what follows: no page ends on one.
      const marking = t('doc.marking.internal')
      const skip = (l: string): boolean => l === marking || /\d+ (of|von) \d+$/.test(l)
      const titles = headings.get(nameOf(job)) ?? []
      expect(headingAtPageEnd(run, pdf, pages, titles, skip, 1), nameOf(job)).toBeNull()
    }
  }, 600_000)
})
