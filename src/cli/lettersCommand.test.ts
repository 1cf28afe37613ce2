import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { unzipDocx } from '@shared/documents/testFixtures'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
const tables = buildSampleTables(now)
const tokyo = tables.visits.find((v) => v.title.includes('Tokio'))!
let sample = ''
beforeAll(async () => {
  sample = serializeBackup(await createBackup(tables, { appVersion: '9.8.7', now }))
})

async function planner(...argv: string[]): Promise<FakeIo & { exitCode: number }> {
  const io = fakeIo({ 'b.json': sample })
  io.now = () => now
  return Object.assign(io, { exitCode: await runCli(argv, io, deps) })
}

describe('planner letters', () => {
  it('writes thank-you letters to every counterpart in English', async () => {
    const io = await planner(
      'letters',
      'b.json',
      '--visit',
      tokyo.id,
      '--kind',
      'thanks',
      '--lang',
      'en',
      '--out',
      'l.docx',
    )
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    expect(io.out.join('\n')).toMatch(/Wrote l\.docx: \d+ letters for “Reise der Regierenden/)
    const xml = unzipDocx(io.binaries.get('l.docx')!.slice().buffer)['word/document.xml'] ?? ''
    expect(xml).toContain('Dear Governor Nishimura,')
  })

  it('refuses an unknown kind (exit 2) and an unknown visit (exit 1, listing the visits)', async () => {
    const kind = await planner(
      'letters',
      'b.json',
      '--visit',
      tokyo.id,
      '--kind',
      'apology',
      '--out',
      'l.docx',
    )
    expect(kind.exitCode).toBe(2)
    expect(kind.err.join('\n')).toContain('“--kind” is invitation or thanks, not “apology”.')
    const visit = await planner(
      'letters',
      'b.json',
      '--visit',
      crypto.randomUUID(),
      '--kind',
      'thanks',
      '--out',
      'l.docx',
    )
    expect(visit.exitCode).toBe(1)
    expect(visit.err.join('\n')).toContain(tokyo.id)
  })
})
