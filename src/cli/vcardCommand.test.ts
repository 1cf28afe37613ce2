import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { parseBackup } from '@shared/backup/parseBackup'
import { demoTables } from '@shared/documents/testFixtures'
import { readVCards } from '@shared/vcard'
import { phoneLabels } from '@shared/contactImport'
import { runCli } from './run'
import { fakeIo } from './testIo'

const NOW = new Date('2026-02-01T12:00:00.000Z')
const tables = demoTables(NOW)
const deps = { buildSampleTables: () => tables }

async function backupIo(): Promise<ReturnType<typeof fakeIo>> {
  const text = serializeBackup(await createBackup(tables, { appVersion: '9.8.7', now: NOW }))
  return fakeIo({ '/b.json': text })
}

describe('planner vcard', () => {
  it('writes every live contact as 4.0, or the chosen ones as 3.0', async () => {
    const io = await backupIo()
    expect(await runCli(['vcard', '/b.json', '--out', '/all.vcf'], io, deps)).toBe(0)
    const live = tables.contacts.filter((c) => c.deletedAt === null)
    const all = readVCards(new TextEncoder().encode(io.files.get('/all.vcf')), phoneLabels('en'))
    expect(all.map((c) => c.person.uid)).toEqual(live.map((c) => c.id))
    expect(all.every((c) => c.version === '4.0')).toBe(true)

    const [first, second] = live
    const args = [
      'vcard',
      '/b.json',
      '--contact',
      String(second?.id),
      '--contact',
      String(first?.id),
    ]
    expect(await runCli([...args, '--version', '3.0', '-o', '/two.vcf'], io, deps)).toBe(0)
    const two = readVCards(new TextEncoder().encode(io.files.get('/two.vcf')), phoneLabels('en'))
    expect(two.map((c) => [c.version, c.person.uid])).toEqual([
      ['3.0', second?.id],
      ['3.0', first?.id],
    ])
    expect(io.out.at(-1)).toBe('Wrote 2 contacts as vCard 3.0 to /two.vcf.')
  })

  it('names an unknown contact (exit 1) and a wrong version (exit 2)', async () => {
    const io = await backupIo()
    const unknown = ['vcard', '/b.json', '--contact', 'nope', '--out', '/x.vcf']
    expect(await runCli(unknown, io, deps)).toBe(1)
    expect(io.err).toContain('/b.json has no contact with the id nope.')
    expect(
      await runCli(['vcard', '/b.json', '--version', '2.1', '--out', '/x.vcf'], io, deps),
    ).toBe(2)
    expect(io.err).toContain('--version takes 4.0 or 3.0, not “2.1”.')
    expect(io.files.has('/x.vcf')).toBe(false)
  })
})

describe('planner import-vcard', () => {
  const vcf = readFileSync(
    new URL('../shared/vcard/fixtures/google-3.0.vcf', import.meta.url),
    'utf8',
  )

  it('prints the preview counts and writes a valid backup with the new people', async () => {
    const io = await backupIo()
    io.files.set('/g.vcf', vcf)
    const code = await runCli(
      ['--lang', 'de', 'import-vcard', '/b.json', '/g.vcf', '--out', '/n.json'],
      io,
      deps,
    )
    expect(code).toBe(0)
    expect(io.out.slice(0, 5)).toEqual([
      '/g.vcf: 2 Karten',
      '  neu:         1',
      '  Dubletten:   0 (skip)',
      '  ungültig:    1',
      '  neue Organisationen: 1',
    ])
    expect(io.out[5]).toMatch(/^ {2}Karte 2 \(Zeile 15\), Lukas Schneider: Telefon 1: /)
    const written = await parseBackup(io.files.get('/n.json') ?? '')
    if (!written.ok) throw new Error('the written backup is invalid')
    expect(written.tables.contacts).toHaveLength(tables.contacts.length + 1)
    expect(written.tables.contacts.some((c) => c.familyName === 'García López')).toBe(true)
    expect(written.tables.organizations.some((o) => o.name === 'Ayuntamiento de Madrid')).toBe(true)
  })

  it('merges duplicates when asked and refuses to overwrite the backup it reads', async () => {
    const io = await backupIo()
    io.files.set('/all.vcf', '')
    expect(await runCli(['vcard', '/b.json', '--out', '/all.vcf'], io, deps)).toBe(0)
    const args = ['import-vcard', '/b.json', '/all.vcf', '--on-duplicate', 'merge']
    expect(await runCli([...args, '--out', '/b.json'], io, deps)).toBe(1)
    expect(await runCli([...args, '--out', '/m.json'], io, deps)).toBe(0)
    const live = tables.contacts.filter((c) => c.deletedAt === null).length
    expect(io.out).toContain(`  duplicates:  ${live} (merge)`)
    const written = await parseBackup(io.files.get('/m.json') ?? '')
    expect(written.ok && written.tables.contacts.length).toBe(tables.contacts.length)
    expect(await runCli([...args.slice(0, 4), 'sometimes', '--out', '/z.json'], io, deps)).toBe(2)
  })
})
