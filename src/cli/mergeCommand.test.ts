import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { fixtureTables } from '@shared/backup/fixtures'
import { parseBackup } from '@shared/backup/parseBackup'
import { SCHEMA_VERSION, type DatasetTables } from '@shared/model/tables'
import { runCli } from './run'
import { fakeIo } from './testIo'

const NOW = new Date('2026-02-01T12:00:00.000Z')
const deps = { buildSampleTables: () => fixtureTables() }
const LATER = '2026-03-01T10:00:00.000Z'

async function file(tables: DatasetTables): Promise<string> {
  return serializeBackup(await createBackup(tables, { appVersion: '9.8.7', now: NOW }))
}

/** Two copies of one data set: base renamed a contact, other deleted the gift. */
async function divergedIo(): Promise<ReturnType<typeof fakeIo>> {
  const base = fixtureTables()
  base.contacts[0]!.familyName = 'Renamed'
  base.contacts[0]!.updatedAt = LATER
  const other = fixtureTables()
  const gift = other.gifts.pop()!
  other.tombstones.push({ id: gift.id, table: 'gifts', deletedAt: LATER })
  return fakeIo({ '/base.json': await file(base), '/other.json': await file(other) })
}

describe('planner merge', () => {
  it('writes the merged backup with a fresh checksum and prints the preview per table', async () => {
    const io = await divergedIo()
    const code = await runCli(['merge', '/base.json', '/other.json', '--out', '/m.json'], io, deps)
    expect(io.err).toEqual([])
    expect(code).toBe(0)
    const merged = await parseBackup(io.files.get('/m.json') ?? '')
    if (!merged.ok) throw new Error(JSON.stringify(merged.errors))
    expect(merged.tables.contacts[0]?.familyName).toBe('Renamed')
    expect(merged.tables.gifts).toEqual([])
    expect(io.out[0]).toBe(
      'Wrote /m.json: /base.json merged with /other.json, 16 rows. Compared with /base.json:',
    )
    expect(io.out[1]).toMatch(/^\s+added\s+updated\s+deleted\s+unchanged$/)
    expect(io.out).toContain('  gifts                  0        0        1          0')
    expect(io.out).toContain('  tombstones             1        0        0          1')
    expect(io.out).toContain('  contacts               0        0        0          1')
  })

  it('migrates an older backup with the database’s migrations before merging it', async () => {
    const old = readFileSync(
      new URL('../shared/backup/oldBackups/v1-demo-sample.json', import.meta.url),
      'utf8',
    )
    const io = await divergedIo()
    io.files.set('/old.json', old)
    const code = await runCli(['merge', '/old.json', '/base.json', '--out', '/m.json'], io, deps)
    expect(io.err).toEqual([])
    expect(code).toBe(0)
    const merged = await parseBackup(io.files.get('/m.json') ?? '')
    expect(merged.ok && merged.file.schemaVersion).toBe(SCHEMA_VERSION)
    expect(merged.ok && merged.tables.contacts.some((c) => c.familyName === 'Renamed')).toBe(true)
  })

  it('names every problem of both files under each file’s name, and writes nothing', async () => {
    const io = await divergedIo()
    io.files.set('/other.json', '{"format":"delegation-planner-backup"')
    io.files.set('/base.json', (io.files.get('/base.json') ?? '').replace('Renamed', 'Tampered'))
    const code = await runCli(
      ['merge', '/base.json', '/other.json', '-o', '/m.json', '--lang', 'de'],
      io,
      deps,
    )
    expect(code).toBe(1)
    expect(io.files.has('/m.json')).toBe(false)
    const text = io.err.join('\n')
    expect(text).toContain('/base.json')
    expect(text).toMatch(/Prüfsumme/)
    expect(text).toContain('/other.json')
    expect(text).toMatch(/JSON/)
  })

  it('says when a file is missing, and refuses to overwrite without --force', async () => {
    const io = await divergedIo()
    expect(await runCli(['merge', '/base.json', '/nope.json', '-o', '/m.json'], io, deps)).toBe(1)
    expect(io.err.join('\n')).toContain('/nope.json')

    io.files.set('/m.json', 'old')
    expect(await runCli(['merge', '/base.json', '/other.json', '-o', '/m.json'], io, deps)).toBe(1)
    expect(io.files.get('/m.json')).toBe('old')
    const forced = ['merge', '/base.json', '/other.json', '-o', '/m.json', '--force']
    expect(await runCli(forced, io, deps)).toBe(0)
    expect(io.files.get('/m.json')).toContain('delegation-planner-backup')
  })

  it('is wrong usage (exit 2) without two files or without --out, with the help in German', async () => {
    const io = await divergedIo()
    expect(await runCli(['merge', '/base.json', '--out', '/m.json'], io, deps)).toBe(2)
    expect(io.err[0]).toContain('Name two backup files')
    expect(await runCli(['merge', '/base.json', '/other.json'], io, deps)).toBe(2)
    expect(await runCli(['merge', 'a', 'b', 'c', '--out', '/m.json'], io, deps)).toBe(2)

    const help = fakeIo()
    expect(await runCli(['merge', '--help', '--lang', 'de'], help, deps)).toBe(0)
    expect(help.out.join('\n')).toContain('Aufruf: planner merge <Basis> <andere> --out <Datei>')
    const main = fakeIo()
    expect(await runCli(['--help'], main, deps)).toBe(0)
    expect(main.out.join('\n')).toContain('merge <file> <file> --out <file>')
  })
})
