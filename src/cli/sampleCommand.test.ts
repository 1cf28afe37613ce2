import { describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup/parseBackup'
import { fixtureTables } from '@shared/backup/fixtures'
import { runCli } from './run'
import { fakeIo } from './testIo'

const deps = { buildSampleTables: fixtureTables }

describe('planner sample', () => {
  it('writes a backup that parses back to the generated tables and reports what it wrote', async () => {
    const io = fakeIo()
    expect(await runCli(['sample', '--out', 'demo.json'], io, deps)).toBe(0)
    const text = io.files.get('demo.json')!
    const parsed = await parseBackup(text)
    expect(parsed.ok && parsed.tables).toEqual(fixtureTables())
    expect(parsed.ok && parsed.file).toMatchObject({
      exportedAt: '2026-02-01T12:00:00.000Z',
      app: { version: '9.8.7' },
    })
    expect(io.out[0]).toMatch(/^Wrote demo\.json: 16 rows, \d+ KB\.$/)
    expect(io.out).toContain('  partnerCities       1 row')
  })

  it('refuses to overwrite an existing file unless --force', async () => {
    const io = fakeIo({ 'demo.json': 'precious' })
    expect(await runCli(['sample', '--out', 'demo.json'], io, deps)).toBe(1)
    expect(io.err).toEqual(['demo.json already exists. Use --force to overwrite it.'])
    expect(io.files.get('demo.json')).toBe('precious')

    expect(await runCli(['sample', '--out', 'demo.json', '--force'], io, deps)).toBe(0)
    expect(io.files.get('demo.json')).toContain('"format": "delegation-planner-backup"')
  })

  it('reports a write failure with the path, exit 1', async () => {
    const io = fakeIo({}, { LANG: 'de_DE.UTF-8' })
    expect(await runCli(['sample', '-o', '/readonly/demo.json'], io, deps)).toBe(1)
    expect(io.err).toEqual([
      '/readonly/demo.json konnte nicht geschrieben werden: keine Berechtigung.',
    ])
  })

  it('writes nothing when the generated data would not pass validation', async () => {
    const io = fakeIo()
    const broken = {
      buildSampleTables: () => {
        const tables = fixtureTables()
        tables.contacts[0]!.familyName = ''
        return tables
      },
    }
    expect(await runCli(['sample', '--out', 'demo.json'], io, broken)).toBe(1)
    expect(io.files.has('demo.json')).toBe(false)
    expect(io.err[0]).toContain('failed its own check')
    expect(io.err[1]).toContain('familyName: is required')
  })
})
