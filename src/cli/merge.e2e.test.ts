import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { parseBackup } from '@shared/backup/parseBackup'
import { planner } from './plannerProcess'

describe('planner merge on plain Node, end to end', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'planner-merge-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('merges the demo backup with a diverged copy of it', async () => {
    const base = join(dir, 'base.json')
    expect((await planner('sample', '--out', base)).code).toBe(0)
    const parsed = await parseBackup(await readFile(base, 'utf8'))
    if (!parsed.ok) throw new Error('sample does not parse')
    const tables = parsed.tables
    const contact = tables.contacts[0]!
    tables.contacts[0] = {
      ...contact,
      notes: 'changed elsewhere',
      updatedAt: '2099-01-01T00:00:00.000Z',
    }
    const other = join(dir, 'other.json')
    const now = new Date('2099-01-02T00:00:00.000Z')
    await writeFile(other, serializeBackup(await createBackup(tables, { appVersion: '1', now })))

    const out = join(dir, 'merged.json')
    const run = await planner('merge', base, other, '--out', out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/contacts\s+0\s+1\s+0\s+\d+\n/)
    expect((await planner('validate', out)).code).toBe(0)
    const merged = await parseBackup(await readFile(out, 'utf8'))
    expect(merged.ok && merged.tables.contacts.find((c) => c.id === contact.id)?.notes).toBe(
      'changed elsewhere',
    )
  }, 60_000)
})
