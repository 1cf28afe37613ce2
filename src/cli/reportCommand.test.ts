import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { translator } from '@shared/i18n'
import { parseReportYear } from './reportArgs'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
let sample = ''
beforeAll(async () => {
  sample = serializeBackup(await createBackup(buildSampleTables(now), { appVersion: '9.8.7', now }))
})

async function report(argv: string[], env: Record<string, string> = {}) {
  const io = fakeIo({ '/data/backup.json': sample }, env)
  return Object.assign(io, { exitCode: await runCli(['report', ...argv], io, deps) })
}

const textOf = async (io: FakeIo, path: string): Promise<string> => {
  const bytes = io.binaries.get(path)
  if (!bytes) throw new Error(`${path} was not written`)
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
}

const full = ['/data/backup.json', '--year', '2026', '--lang', 'de', '--out', '/out/r.docx']

describe('planner report', () => {
  it('writes the year’s strategy report as DOCX in the chosen language', async () => {
    const io = await report(full)
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    // --lang chooses the document's language and the messages' alike.
    expect(io.out[0]).toMatch(
      /^Strategiebericht 2026 nach \/out\/r\.docx geschrieben \(\d+ KB\)\.$/,
    )
    const text = await textOf(io, '/out/r.docx')
    expect(text).toContain('Strategiebericht 2026')
    expect(text).toContain(translator('de')('strategyReport.chart.themesByCity'))
  })

  it('writes a short valid report for a year without visits and says which years have some', async () => {
    const io = await report([
      '/data/backup.json',
      '--year',
      '1999',
      '--lang',
      'en',
      '-o',
      '/out/e.docx',
    ])
    expect(io.exitCode).toBe(0)
    expect(io.out[1]).toContain('There are no visits in 1999')
    expect(io.out[1]).toMatch(/Years with visits: \d{4}/)
    expect(await textOf(io, '/out/e.docx')).toContain('No visits are recorded for 1999')
  })

  it.each([['26'], ['20266'], ['zwanzig'], ['3000']])(
    'refuses --year %s with exit 1, naming --year',
    async (year) => {
      const io = await report([
        '/data/backup.json',
        '--year',
        year,
        '--lang',
        'en',
        '--out',
        '/o.docx',
      ])
      expect(io.exitCode).toBe(1)
      expect(io.err.join('\n')).toContain(
        `--year must be a year of four digits between 1900 and 2100, not “${year}”`,
      )
      expect(io.binaries.size).toBe(0)
    },
  )

  it('answers in German with --lang de', async () => {
    const io = await report([
      '/data/backup.json',
      '--year',
      'x',
      '--lang',
      'de',
      '--out',
      '/o.docx',
    ])
    expect(io.err[0]).toContain('--year muss ein Jahr mit vier Ziffern')
  })

  it.each([
    [['--year', '2026', '--lang', 'en', '--out', '/o.docx'], 'Name the backup file'],
    [['/data/backup.json', '--lang', 'en', '--out', '/o.docx'], 'Say which year'],
    [['/data/backup.json', '--year', '2026', '--out', '/o.docx'], 'Say which language'],
    [['/data/backup.json', '--year', '2026', '--lang', 'en'], 'Say where to write'],
  ])(
    'is wrong usage (exit 2, with the help) without a required part: %j',
    async (argv, message) => {
      const io = await report(argv)
      expect(io.exitCode).toBe(2)
      expect(io.err[0]).toContain(message)
      expect(io.err.join('\n')).toContain('Usage: planner report <backup> --year <yyyy>')
    },
  )

  it('refuses to overwrite its own backup, and names a missing file', async () => {
    const same = await report([
      '/data/backup.json',
      '--year',
      '2026',
      '--lang',
      'en',
      '--out',
      '/data/backup.json',
    ])
    expect(same.exitCode).toBe(1)
    expect(same.err[0]).toContain('would overwrite its own backup')
    const missing = await report([
      '/nope.json',
      '--year',
      '2026',
      '--lang',
      'en',
      '--out',
      '/o.docx',
    ])
    expect(missing.exitCode).toBe(1)
    expect(missing.err[0]).toContain('/nope.json')
  })

  it('shows its help in both languages', async () => {
    expect((await report(['--help'])).out[0]).toContain('Usage: planner report')
    expect((await report(['--help', '--lang', 'de'])).out[0]).toContain('Aufruf: planner report')
  })
})

describe('parseReportYear', () => {
  it.each([
    ['2026', 2026],
    [' 1900 ', 1900],
    ['2100', 2100],
    ['1899', null],
    ['2101', null],
    ['2026.0', null],
    ['', null],
  ])('%j → %j', (value, year) => {
    expect(parseReportYear(value)).toBe(year)
  })
})
