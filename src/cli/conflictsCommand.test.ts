import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { findConflicts } from '@shared/domain/conflicts'
import { translator } from '@shared/i18n'
import type { AgendaItem } from '@shared/model/agenda'
import type { DatasetTables } from '@shared/model/tables'
import { conflictSnapshot } from './conflictsCommand'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
const tables = buildSampleTables(now)
const tokyoCity = tables.partnerCities.find((c) => c.name.en === 'Tokyo')
const tokyo = tables.visits.find((v) => v.cityId === tokyoCity?.id)
const firstItem = tables.agendaItems.find((i) => i.visitId === tokyo?.id)
if (!tokyo || !firstItem) throw new Error('the demo has a visit to Tokyo with a programme')
const otherVisit = tables.visits.find((v) => v.id !== tokyo.id && v.deletedAt === null)
if (!otherVisit) throw new Error('the demo has more than one visit')

/** The Tokyo programme with a copy of its first item at the same time: a double booking. */
const clash: AgendaItem = {
  ...firstItem,
  id: '6f1f7f4e-2b0c-4f3e-9a51-6f5d8c1e2a90',
  title: 'Zweiter Termin zur gleichen Zeit',
}
const withClash: DatasetTables = { ...tables, agendaItems: [...tables.agendaItems, clash] }

async function backupOf(data: DatasetTables): Promise<string> {
  return serializeBackup(await createBackup(data, { appVersion: '9.8.7', now }))
}

let sample = ''
let clashing = ''
beforeAll(async () => {
  sample = await backupOf(tables)
  clashing = await backupOf(withClash)
})

async function conflicts(
  files: Record<string, string>,
  argv: string[],
  env: Record<string, string> = {},
): Promise<FakeIo & { exitCode: number }> {
  const io = fakeIo(files, env)
  return Object.assign(io, { exitCode: await runCli(['conflicts', ...argv], io, deps) })
}

type Printed = {
  kind: string
  severity: string
  itemIds: string[]
  personIds: string[]
  message: string
}
const printed = (io: FakeIo): Printed[] => JSON.parse(io.out.join('\n')) as Printed[]

describe('planner conflicts', () => {
  it('prints a visit’s conflicts as the engine finds them, messages in the chosen language', async () => {
    const io = await conflicts({ 'b.json': clashing }, [
      'b.json',
      '--visit',
      tokyo.id,
      '--lang',
      'en',
    ])
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    const expected = findConflicts(conflictSnapshot(withClash)).filter((c) =>
      c.visitIds.includes(tokyo.id),
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(printed(io)).toEqual(
      expected.map((c) => ({
        kind: c.kind,
        severity: c.severity,
        itemIds: c.itemIds,
        personIds: c.personIds,
        message: c.message.en,
      })),
    )
    const double = printed(io).find((c) => c.kind === 'personDoubleBooked')
    expect(double?.itemIds).toEqual([firstItem.id, clash.id].sort())
    expect(double?.message).toContain('“Zweiter Termin zur gleichen Zeit”')
    expect(Object.keys(double ?? {})).toEqual([
      'kind',
      'severity',
      'itemIds',
      'personIds',
      'message',
    ])

    const german = await conflicts({ 'b.json': clashing }, ['b.json', '--visit', tokyo.id], {
      LANG: 'de_DE.UTF-8',
    })
    expect(printed(german).map((c) => c.message)).toEqual(expected.map((c) => c.message.de))
  })

  it('prints an empty array and exits 0 for a visit without conflicts', async () => {
    const io = await conflicts({ 'b.json': sample }, ['b.json', '--visit', otherVisit.id])
    expect(io.exitCode).toBe(0)
    expect(io.err).toEqual([])
    expect(printed(io)).toEqual([])
  })

  it('prints every visit’s conflicts with --all', async () => {
    const io = await conflicts({ 'b.json': clashing }, ['b.json', '--all', '--lang', 'de'])
    expect(io.exitCode).toBe(0)
    const all = findConflicts(conflictSnapshot(withClash))
    expect(printed(io).map((c) => c.message)).toEqual(all.map((c) => c.message.de))
  })

  it('fails on an unknown visit, listing the visits the backup holds', async () => {
    const io = await conflicts({ 'b.json': sample }, ['b.json', '--visit', 'nope', '--lang', 'en'])
    expect(io.exitCode).toBe(1)
    expect(io.out).toEqual([])
    expect(io.err[0]).toBe('There is no visit with the id nope in b.json.')
    expect(io.err.find((line) => line.includes(tokyo.id))).toContain(tokyo.title)
  })

  it('fails on a visit in the trash, naming it', async () => {
    const trashed = await backupOf({
      ...tables,
      visits: tables.visits.map((v) =>
        v.id === tokyo.id ? { ...v, deletedAt: now.toISOString() } : v,
      ),
    })
    const io = await conflicts({ 'b.json': trashed }, [
      'b.json',
      '--visit',
      tokyo.id,
      '--lang',
      'de',
    ])
    expect(io.exitCode).toBe(1)
    expect(io.err[0]).toContain(`„${tokyo.title}“`)
    expect(io.err[0]).toContain('Papierkorb')
  })

  it('fails with exit 1 when neither or both of --visit and --all are given', async () => {
    const t = translator('en')
    const neither = await conflicts({ 'b.json': sample }, ['b.json', '--lang', 'en'])
    expect(neither.exitCode).toBe(1)
    expect(neither.err).toEqual([t('cli.conflicts.missingScope')])
    const both = await conflicts({ 'b.json': sample }, [
      'b.json',
      '--all',
      '--visit',
      tokyo.id,
      '--lang',
      'en',
    ])
    expect(both.exitCode).toBe(1)
    expect(both.err).toEqual([t('cli.conflicts.visitAndAll')])
    expect([...neither.out, ...both.out]).toEqual([])
  })

  it('fails on an invalid or missing file, and on wrong usage', async () => {
    const tampered = sample.replace(tokyo.title, `${tokyo.title}!`)
    const invalid = await conflicts({ 'b.json': tampered }, ['b.json', '--all', '--lang', 'en'])
    expect(invalid.exitCode).toBe(1)
    expect(invalid.err[0]).toBe('b.json is not a valid backup. 1 problem found:')
    expect(invalid.err[1]).toMatch(/^ {2}The checksum does not match/)

    const notJson = await conflicts({ 'b.json': 'not json' }, ['b.json', '--all'])
    expect(notJson.exitCode).toBe(1)
    expect(notJson.out).toEqual([])

    const missing = await conflicts({}, ['b.json', '--all', '--lang', 'en'])
    expect(missing.exitCode).toBe(1)
    expect(missing.err).toEqual(['File not found: b.json'])

    const noFile = await conflicts({}, ['--all', '--lang', 'en'])
    expect(noFile.exitCode).toBe(2)
    expect(noFile.err[0]).toBe(translator('en')('cli.conflicts.missingBackup'))
  })

  it('has its help in both languages', async () => {
    for (const lang of ['de', 'en'] as const) {
      const io = await conflicts({}, ['--help', '--lang', lang])
      expect(io.exitCode).toBe(0)
      expect(io.out).toEqual([translator(lang)('cli.helpConflicts')])
    }
    expect(translator('de')('cli.helpConflicts')).not.toBe(translator('en')('cli.helpConflicts'))
  })
})
