import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import type { UiLanguage } from '../model/common'
import { loadBriefingData, type BriefingData } from './briefingData'
import type { BriefingOptions } from './briefingOptions'
import { buildBriefing } from './buildBriefing'
import {
  dataUrl,
  demoTables,
  paragraphsOf,
  pngOf,
  unzipDocx,
  withContactPhotos,
} from './testFixtures'
import { headingAtPageEnd, pdfPageCount } from './pdfPages'

/**
 * The real consumer: LibreOffice opens every briefing and prints it to PDF. Slow (one soffice
 * run for all files, about a minute on two cores), so it runs once for everything.
 */
const NOW = new Date('2026-11-26T10:00:00Z')
const base = demoTables(NOW)
const tokyoId = base.visits[0]?.id ?? ''
// Portraits for the Tokyo hosts, so the PDF shows photos next to Japanese names.
const hostIds = new Set(
  base.participants
    .filter((p) => p.visitId === tokyoId && p.side === 'host')
    .map((p) => p.contactId),
)
const tables = withContactPhotos(
  base,
  new Map(
    base.contacts.flatMap((c, i) =>
      hostIds.has(c.id) ? [[c.id, dataUrl(pngOf(60 + (i % 3) * 20, 80))] as const] : [],
    ),
  ),
)

type Job = { name: string; data: BriefingData; options: BriefingOptions; pages: [number, number] }

const jobs: Job[] = [
  ...tables.visits.flatMap((visit) =>
    (['de', 'en'] as UiLanguage[]).map((lang) => ({
      name: `full-${lang}-${visit.id.slice(-6)}`,
      data: loadBriefingData(tables, visit.id, NOW),
      options: { lang, variant: 'full' as const },
      pages: [8, 60] as [number, number],
    })),
  ),
  {
    name: 'read-ahead-en-tokyo',
    data: loadBriefingData(tables, tokyoId, NOW),
    options: { lang: 'en', variant: 'read-ahead' },
    pages: [4, 30],
  },
  {
    name: 'pocket-de-tokyo',
    data: loadBriefingData(tables, tokyoId, NOW),
    options: { lang: 'de', variant: 'pocket', pageSize: 'A6' },
    pages: [9, 120],
  },
]

const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'))
afterAll(() => {
  if (!process.env.KEEP_BRIEFING_PDF) rmSync(dir, { recursive: true, force: true })
})

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 })

describe('LibreOffice prints every briefing', () => {
  it('converts them all, with city, marking and page numbers, and no page ending on a heading', async () => {
    const headings = new Map<string, string[]>()
    for (const job of jobs) {
      const file = await Packer.toArrayBuffer(buildBriefing(job.data, job.options))
      writeFileSync(join(dir, `${job.name}.docx`), new Uint8Array(file))
      const xml = unzipDocx(file)['word/document.xml'] ?? ''
      const paragraphs = paragraphsOf(xml).map((p) => ({
        ...p,
        text: p.text.replaceAll('\u200B', '').trim(),
      }))
      const isHeading = (p: { style: string | null }): boolean =>
        /^Heading[1-3]$/.test(p.style ?? '')
      // A heading that also stands as ordinary text ("Press" as an item's kind) cannot be told apart.
      const body = new Set(paragraphs.filter((p) => !isHeading(p)).map((p) => p.text))
      headings.set(
        job.name,
        paragraphs.filter((p) => isHeading(p) && !body.has(p.text)).map((p) => p.text),
      )
    }
    const docs = jobs.map((j) => join(dir, `${j.name}.docx`))
    // soffice exits 0 even when a file fails, so each PDF is checked for below.
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], {
      stdio: 'ignore',
      env: { ...process.env, HOME: dir },
    })

    for (const job of jobs) {
      const pdf = join(dir, `${job.name}.pdf`)
      expect(existsSync(pdf), `${job.name}.pdf exists`).toBe(true)
      const pages = pdfPageCount(run, pdf)
      expect(pages, job.name).toBeGreaterThanOrEqual(job.pages[0])
      expect(pages, job.name).toBeLessThanOrEqual(job.pages[1])

      const t = translator(job.options.lang)
      const text = run('pdftotext', ['-layout', pdf, '-'])
      expect(text).toContain(job.data.city.name[job.options.lang])
      const marking =
        job.data.visit.classification === 'public'
          ? null
          : t(`doc.marking.${job.data.visit.classification}`)
      if (marking) expect(text).toContain(marking)
      expect(text).toContain(t('doc.footer', { page: 1, pages }))
      expect(text).toContain(t('doc.footer', { page: pages, pages }))

      const footer = new RegExp(`^${t('doc.footer', { page: '\\d+', pages: '\\d+' })}$`)
      const titles = headings.get(job.name) ?? []
      const skip = (l: string): boolean => l === marking || footer.test(l)
      expect(headingAtPageEnd(run, pdf, pages, titles, skip, 3), job.name).toBeNull()
    }
  }, 600_000)
})
