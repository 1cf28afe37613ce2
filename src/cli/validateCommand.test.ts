import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { fixtureTables } from '@shared/backup/fixtures'
import { payloadChecksum } from '@shared/backup/checksum'
import { SCHEMA_VERSION } from '@shared/model/tables'
import { runCli } from './run'
import { fakeIo, fsError } from './testIo'

const deps = { buildSampleTables: fixtureTables }
const now = new Date('2026-02-01T12:00:00.000Z')

async function backupText(change: (tables: ReturnType<typeof fixtureTables>) => void = () => {}) {
  const file = await createBackup(fixtureTables(), { appVersion: '0.1.0', now })
  change(file.payload.tables)
  file.checksum = await payloadChecksum(file.payload)
  return serializeBackup(file)
}

describe('planner validate', () => {
  it('prints the header and the row count per table and exits 0', async () => {
    const io = fakeIo({ 'b.json': await backupText() })
    expect(await runCli(['validate', 'b.json'], io, deps)).toBe(0)
    expect(io.out[0]).toBe(
      `b.json is a valid backup: format 1, data schema ${SCHEMA_VERSION}, written by version 0.1.0 on 01/02/2026, 12:00 UTC.`,
    )
    expect(io.out).toContain('  contacts            1 row')
    expect(io.out).toContain('  contactPhotos       1 row')
    expect(io.out).toContain('  partnerCities       1 row')
    expect(io.out.at(-1)).toBe('  total              16 rows')
    expect(io.err).toEqual([])
  })

  it('refuses a tampered file naming the checksum, exit 1', async () => {
    const text = (await backupText()).replace('Dupont', 'Dupond')
    const io = fakeIo({ 'b.json': text })
    expect(await runCli(['validate', 'b.json'], io, deps)).toBe(1)
    expect(io.out[0]).toBe('b.json cannot be restored. 1 problem found:')
    expect(io.out[1]).toContain('The checksum does not match')
  })

  it('names table, row, id and field of an invalid row, in German too', async () => {
    const text = await backupText((tables) => {
      tables.visits[0]!.endDate = '2026-03-01'
    })
    const io = fakeIo({ 'b.json': text })
    expect(await runCli(['validate', 'b.json', '--lang', 'de'], io, deps)).toBe(1)
    expect(io.out[1]).toBe(
      '  Tabelle „visits“, Zeile 1 (ID 44444444-4444-4444-8444-444444444444): endDate: darf nicht vor dem Anfangsdatum liegen',
    )
  })

  it('counts rows and problems in the plural forms of German', async () => {
    const valid = fakeIo({ 'b.json': await backupText() })
    expect(await runCli(['validate', 'b.json', '--lang', 'de'], valid, deps)).toBe(0)
    expect(valid.out).toContain('  contacts            1 Zeile')
    expect(valid.out.at(-1)).toMatch(/^ {2}gesamt {2,}\d+ Zeilen$/)

    const text = (await backupText()).replace('Dupont', 'Dupond')
    const one = fakeIo({ 'b.json': text })
    expect(await runCli(['validate', 'b.json', '--lang', 'de'], one, deps)).toBe(1)
    expect(one.out[0]).toBe('b.json kann nicht wiederhergestellt werden. 1 Problem gefunden:')

    const many = await backupText((tables) => {
      tables.gifts = Array.from({ length: 21 }, () => ({
        ...tables.gifts[0]!,
        id: crypto.randomUUID(),
        currency: 'euro',
      }))
    })
    const io = fakeIo({ 'b.json': many })
    expect(await runCli(['validate', 'b.json', '--lang', 'de'], io, deps)).toBe(1)
    expect(io.out[0]).toBe('b.json kann nicht wiederhergestellt werden. 21 Probleme gefunden:')
    expect(io.out.at(-1)).toBe('  … und 1 weiteres')
  })

  it('lists the first 20 problems and counts the rest', async () => {
    const text = await backupText((tables) => {
      const template = tables.gifts[0]!
      tables.gifts = Array.from({ length: 27 }, () => ({
        ...template,
        id: crypto.randomUUID(),
        currency: 'euro',
      }))
    })
    const io = fakeIo({ 'b.json': text })
    expect(await runCli(['validate', 'b.json'], io, deps)).toBe(1)
    expect(io.out[0]).toBe('b.json cannot be restored. 27 problems found:')
    expect(io.out).toHaveLength(1 + 20 + 1)
    expect(io.out[20]).toContain('row 20 (id')
    expect(io.out.at(-1)).toBe('  … and 7 more')
  })

  it('says so when the file is missing, unreadable or not JSON', async () => {
    const missing = fakeIo()
    expect(await runCli(['validate', 'nope.json'], missing, deps)).toBe(1)
    expect(missing.err).toEqual(['File not found: nope.json'])

    const unreadable = fakeIo({ 'dir.json': '' })
    unreadable.readBytes = async () => {
      throw fsError('EISDIR', 'illegal operation on a directory, read')
    }
    expect(await runCli(['validate', 'dir.json'], unreadable, deps)).toBe(1)
    expect(unreadable.err).toEqual(['Could not read dir.json: it is a folder.'])

    // The raw error, which names the syscall, only where someone asked for it.
    const debugging = fakeIo({ 'dir.json': '' }, { PLANNER_DEBUG: '1' })
    debugging.readBytes = unreadable.readBytes
    expect(await runCli(['validate', 'dir.json', '--lang', 'de'], debugging, deps)).toBe(1)
    expect(debugging.err[0]).toBe('dir.json konnte nicht gelesen werden: das ist ein Ordner.')
    expect(debugging.err[1]).toContain('EISDIR: illegal operation on a directory, read')

    const notJson = fakeIo({ 'x.json': 'hello' })
    expect(await runCli(['validate', 'x.json'], notJson, deps)).toBe(1)
    expect(notJson.out[1]).toBe('  The file is not valid JSON: error at line 1, column 1.')
  })
})
