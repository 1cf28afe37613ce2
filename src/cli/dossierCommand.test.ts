import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { translator } from '@shared/i18n'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
const tables = buildSampleTables(now)
const tokyo = tables.partnerCities.find((c) => c.name.en === 'Tokyo')
const madrid = tables.partnerCities.find((c) => c.name.en === 'Madrid')
if (!tokyo || !madrid) throw new Error('the seed has Tokyo and Madrid')

let sample = ''
beforeAll(async () => {
  sample = serializeBackup(await createBackup(tables, { appVersion: '9.8.7', now }))
})

async function dossier(
  argv: string[],
  env: Record<string, string> = {},
): Promise<FakeIo & { exitCode: number }> {
  const io = fakeIo({ 'b.json': sample }, env)
  return Object.assign(io, { exitCode: await runCli(['dossier', ...argv], io, deps) })
}

async function textOf(io: FakeIo, path: string): Promise<string> {
  const bytes = io.binaries.get(path)
  if (!bytes) throw new Error(`${path} was not written`)
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
  return value.replaceAll('\u200B', '')
}

describe('planner dossier', () => {
  it('writes the city’s dossier in the language asked for and says so', async () => {
    const io = await dossier(['b.json', '--city', tokyo.id, '--lang', 'de', '--out', 'd.docx'])
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    expect(io.out).toHaveLength(1)
    expect(io.out[0]).toMatch(/^d\.docx geschrieben: das Dossier von Tokio \(\d+ KB\)\.$/)
    const text = await textOf(io, 'd.docx')
    expect(text).toContain('Partnerstadt-Dossier')
    expect(text).toContain('NISHIMURA Haruko')
  })

  it('takes the language from the environment when --lang is not given, as every command', async () => {
    const german = await dossier(['b.json', '--city', madrid.id, '-o', 'm.docx'], {
      LANG: 'de_DE.UTF-8',
    })
    expect(german.exitCode).toBe(0)
    expect(await textOf(german, 'm.docx')).toContain(
      'Mit Madrid sind noch keine Besuche erfasst, in keiner Richtung.',
    )
    const english = await dossier(['b.json', '--city', madrid.id, '-o', 'm.docx'])
    expect(await textOf(english, 'm.docx')).toContain('No visits with Madrid are recorded yet')
  })

  it('prints the marking asked for with --classification, and refuses an unknown one', async () => {
    const io = await dossier([
      'b.json',
      '--city',
      tokyo.id,
      '--classification',
      'confidential',
      '--out',
      'd.docx',
    ])
    expect(await textOf(io, 'd.docx')).toContain('Classification: Confidential')
    const bad = await dossier(['b.json', '--city', tokyo.id, '--classification', 'x', '-o', 'd'])
    expect(bad.exitCode).toBe(2)
    expect(bad.err[0]).toBe('Unknown classification “x”: use public, internal, confidential.')
  })

  it('names an unknown city and lists the cities of the backup, writing nothing', async () => {
    const io = await dossier(['b.json', '--city', 'no-such-city', '--out', 'd.docx'])
    expect(io.exitCode).toBe(1)
    expect(io.err[0]).toBe('There is no partner city with the id no-such-city in b.json.')
    expect(io.err[1]).toBe('The backup holds 17 partner cities:')
    expect(io.err).toContain(`  ${tokyo.id}  Tokyo (1 visit)`)
    expect(io.err).toContain(`  ${madrid.id}  Madrid (0 visits)`)
    expect(io.binaries.size).toBe(0)
  })

  it('says what is missing, with the help, as wrong usage', async () => {
    const t = translator('en')
    const cases: [string[], string][] = [
      [[], t('dossier.cli.missingBackup')],
      [['b.json'], t('dossier.cli.missingCity')],
      [['b.json', '--city', tokyo.id], t('dossier.cli.missingOut')],
      [['b.json', 'extra', '--city', tokyo.id, '-o', 'x'], 'Unexpected argument “extra”.'],
    ]
    for (const [argv, message] of cases) {
      const io = await dossier(argv)
      expect(io.exitCode, argv.join(' ')).toBe(2)
      expect(io.err[0]).toBe(message)
      expect(io.err.join('\n')).toContain('Usage: planner dossier <backup> --city <id>')
    }
  })

  it('refuses to overwrite the backup and a missing backup file, exit 1', async () => {
    const same = await dossier(['b.json', '--city', tokyo.id, '--out', 'b.json'])
    expect(same.exitCode).toBe(1)
    expect(same.err[0]).toContain('--out names the backup file itself')
    const missing = await dossier(['gone.json', '--city', tokyo.id, '--out', 'd.docx'])
    expect(missing.exitCode).toBe(1)
    expect(missing.err[0]).toContain('gone.json')
  })

  it('has help in both languages', async () => {
    const en = await dossier(['--help'])
    expect(en.exitCode).toBe(0)
    expect(en.out[0]).toContain('Usage: planner dossier')
    const de = await dossier(['--help', '--lang', 'de'])
    expect(de.out[0]).toContain('Aufruf: planner dossier')
  })
})
