import { Packer } from 'docx'
import { decode } from 'fast-png'
import mammoth from 'mammoth'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n'
import { demoTables } from '../testFixtures'
import { buildStrategyReport } from './buildStrategyReport'
import { loadStrategyReportData } from './strategyReportData'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)

async function pack(year: number, lang: 'de' | 'en', onChart?: (i: number, n: number) => void) {
  const data = loadStrategyReportData(tables, year, NOW)
  const file = await Packer.toArrayBuffer(buildStrategyReport(data, { lang, now: NOW }, onChart))
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file) })
  return { data, file, text: value.replace(/\s+/g, ' ') }
}

describe('buildStrategyReport', () => {
  it('says the year, each chart’s title and its table, in English', async () => {
    const steps: number[] = []
    const { data, text } = await pack(2026, 'en', (i) => steps.push(i))
    const t = translator('en')
    expect(text).toContain('Strategy report 2026')
    for (const id of ['shares', 'visitsByCity', 'themesByCity', 'themeTrend'])
      expect(text).toContain(t(`strategyReport.chart.${id}`))
    expect(steps).toEqual([0, 1, 2, 3])
    // The shares table holds the same figures the page shows.
    const { inProgramme } = data.figures
    expect(text).toContain(
      `${t('strategyReport.share.inProgramme')} ${Math.round((inProgramme.share ?? 0) * 100)}% ${inProgramme.part} ${inProgramme.whole}`,
    )
    expect(text).toContain('Tokyo')
    expect(text).toContain(t('strategyReport.gapsTitle'))
  })

  it('holds each chart as an SVG with a PNG fallback that decodes', async () => {
    const { file } = await pack(2026, 'de')
    const parts = unzipSync(new Uint8Array(file))
    const names = Object.keys(parts)
    const pngs = names.filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))
    const svgs = names.filter((n) => n.startsWith('word/media/') && n.endsWith('.svg'))
    expect(pngs).toHaveLength(4)
    expect(svgs).toHaveLength(4)
    for (const name of pngs) expect(decode(parts[name]!).width).toBe(1280)
    const xml = new TextDecoder().decode(parts['word/document.xml'])
    expect(xml.match(/<asvg:svgBlip /g)?.length).toBe(4)
  })

  it('is short and says so for a year without visits, in German', async () => {
    const { text, file } = await pack(2019, 'de')
    const t = translator('de')
    expect(text).toContain('Strategiebericht 2019')
    expect(text).toContain(t('strategyReport.emptyYear', { year: 2019 }))
    expect(text).toContain(t('strategyReport.chart.shares'))
    expect(text).not.toContain(t('strategyReport.chart.themesByCity'))
    const media = Object.keys(unzipSync(new Uint8Array(file))).filter((n) => n.endsWith('.png'))
    expect(media).toHaveLength(1)
  })
})
