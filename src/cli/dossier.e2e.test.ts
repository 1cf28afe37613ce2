import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unzipDocx } from '@shared/documents/testFixtures'
import { planner } from './plannerProcess'

describe('planner dossier on plain Node, end to end', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'planner-dossier-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the dossier of the sample’s Paris as DOCX, and names an unknown city', async () => {
    const backup = join(dir, 'sample.json')
    expect((await planner('sample', '--out', backup)).code).toBe(0)
    const { tables } = (
      JSON.parse(await readFile(backup, 'utf8')) as {
        payload: { tables: { partnerCities: { id: string; name: { en: string; de: string } }[] } }
      }
    ).payload
    const paris = tables.partnerCities.find((c) => c.name.en === 'Paris')
    if (!paris) throw new Error('the sample has Paris')

    const out = join(dir, 'paris.docx')
    const made = await planner('dossier', backup, '--city', paris.id, '--lang', 'de', '--out', out)
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toContain(`${out} geschrieben: das Dossier von Paris`)
    const bytes = await readFile(out)
    const parts = unzipDocx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
    expect(parts['[Content_Types].xml']).toContain('wordprocessingml.document.main+xml')
    expect(parts['word/document.xml']).toContain('Partnerstadt-Dossier')

    const unknown = await planner('dossier', backup, '--city', 'nope', '--out', out)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('There is no partner city with the id nope')
    expect(unknown.stderr).toContain(paris.id)
  }, 120_000)
})
