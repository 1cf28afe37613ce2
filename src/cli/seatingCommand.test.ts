import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { seatedDemo } from '@shared/documents/seating/seatingFixtures'
import { unzipDocx } from '@shared/documents/testFixtures'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
const { tables, itemId } = seatedDemo(now)
let withPlan = ''
let withoutPlan = ''
beforeAll(async () => {
  withPlan = serializeBackup(await createBackup(tables, { appVersion: '9.8.7', now }))
  withoutPlan = serializeBackup(
    await createBackup({ ...tables, seatingPlans: [] }, { appVersion: '9.8.7', now }),
  )
})

async function planner(
  files: Record<string, string>,
  ...argv: string[]
): Promise<FakeIo & { exitCode: number }> {
  const io = fakeIo(files)
  io.now = () => now
  return Object.assign(io, { exitCode: await runCli(argv, io, deps) })
}

const xmlOf = (io: FakeIo, path: string): string => {
  const bytes = io.binaries.get(path)
  if (!bytes) throw new Error(`${path} was not written`)
  return unzipDocx(bytes.slice().buffer)['word/document.xml'] ?? ''
}

describe('planner seating and place-cards', () => {
  it('writes the seating chart in the language asked for and says how many are seated', async () => {
    const io = await planner(
      { 'b.json': withPlan },
      'seating',
      'b.json',
      '--item',
      itemId,
      '--lang',
      'de',
      '--out',
      'c.docx',
    )
    expect(io.err.join('\n')).toBe('')
    expect(io.exitCode).toBe(0)
    expect(io.out.join('\n')).toMatch(
      /c\.docx geschrieben: „Abendessen in der Residenz der Botschafterin“, \d+ Personen gesetzt/,
    )
    expect(xmlOf(io, 'c.docx')).toContain('Tischplan')
  })

  it('writes the place cards in English', async () => {
    const io = await planner(
      { 'b.json': withPlan },
      '--lang',
      'en',
      'place-cards',
      'b.json',
      '--item',
      itemId,
      '-o',
      'p.docx',
    )
    expect(io.exitCode).toBe(0)
    expect(xmlOf(io, 'p.docx')).toContain('Governing Mayor')
  })

  it('names an item without a plan and lists those with one (exit 1)', async () => {
    const other = tables.agendaItems.find((i) => i.id !== itemId)!
    const io = await planner(
      { 'b.json': withPlan },
      'seating',
      'b.json',
      '--item',
      other.id,
      '--out',
      'c.docx',
    )
    expect(io.exitCode).toBe(1)
    expect(io.err.join('\n')).toContain(`Programme item ${other.id} has no seating plan yet.`)
    expect(io.err.join('\n')).toContain(itemId)
    const none = await planner(
      { 'b.json': withoutPlan },
      'seating',
      'b.json',
      '--item',
      itemId,
      '--out',
      'c.docx',
    )
    expect(none.err.join('\n')).toMatch(/no seating plan yet; \d+ items could have one/)
  })

  it('says what is missing from the command line (exit 2)', async () => {
    const io = await planner({}, 'place-cards', 'b.json', '--out', 'p.docx')
    expect(io.exitCode).toBe(2)
    expect(io.err.join('\n')).toContain('Say which programme item: --item <id>.')
    expect(io.err.join('\n')).toContain('Usage: planner place-cards')
  })
})
