import { describe, expect, it } from 'vitest'
import { backupFileName } from '@shared/backup/backupFiles'
import {
  listBackupFolder,
  readFromBackupFolder,
  writeToBackupFolder,
  type BackupDirectory,
} from './opfsBackups'

function memoryDirectory(initial: Record<string, string> = {}): BackupDirectory & {
  files: Map<string, string>
} {
  const files = new Map(Object.entries(initial))
  const get = (name: string): string => {
    const text = files.get(name)
    if (text === undefined) throw new DOMException('gone', 'NotFoundError')
    return text
  }
  return {
    files,
    names: async () => [...files.keys()],
    info: async (name) => ({ size: get(name).length, lastModified: 1 }),
    read: async (name) => get(name),
    write: async (name, text) => void files.set(name, text),
    remove: async (name) => void files.delete(name),
  }
}

describe('the browser backups folder', () => {
  it('writes automatic backups and prunes them by the rotation rule', async () => {
    const now = new Date('2026-11-26T12:00:00Z')
    const older = Array.from({ length: 11 }, (_, i) =>
      backupFileName('auto', new Date(now.getTime() - (i + 1) * 60_000)),
    )
    const folder = memoryDirectory(Object.fromEntries(older.map((n) => [n, '{}'])))
    const name = await writeToBackupFolder(folder, 'auto', '{"new":1}', now)
    expect(name).toBe('2026-11-26_120000-000_auto.json')
    expect(folder.files.get(name)).toBe('{"new":1}')
    // Ten from the last 24 hours: the new one and the nine newest of the older ones.
    expect(folder.files.size).toBe(10)
    expect(folder.files.has(older[10] ?? '')).toBe(false)
  })

  it('keeps the newest 20 safety copies of a reason and leaves automatic backups alone', async () => {
    const now = new Date('2026-11-26T12:00:00Z')
    const copies = Array.from({ length: 20 }, (_, i) =>
      backupFileName('before-restore', new Date(now.getTime() - (i + 1) * 60_000)),
    )
    const auto = backupFileName('auto', new Date('2020-01-01T00:00:00Z'))
    const folder = memoryDirectory(Object.fromEntries([...copies, auto].map((n) => [n, '{}'])))
    await writeToBackupFolder(folder, 'before-restore', '{}', now)
    expect(folder.files.size).toBe(21)
    expect(folder.files.has(copies[19] ?? '')).toBe(false)
    expect(folder.files.has(auto)).toBe(true)
  })

  it('lists backups newest first with kind, reason, size and counts; reads one by name', async () => {
    const auto = backupFileName('auto', new Date('2026-11-26T10:00:00Z'))
    const copy = backupFileName('before-import', new Date('2026-11-26T11:00:00Z'))
    const text = JSON.stringify({ payload: { tables: { visits: [{}, {}] } } })
    const folder = memoryDirectory({ [auto]: text, [copy]: 'not json', 'x.tmp': '' })
    const list = await listBackupFolder(folder)
    expect(list.map((e) => [e.kind, e.reason, e.size, e.counts])).toEqual([
      ['safety', 'before-import', 8, null],
      ['auto', null, text.length, { visits: 2 }],
    ])
    expect(list[1]?.path).toBe(`opfs:/backups/${auto}`)
    expect(await readFromBackupFolder(folder, auto)).toEqual({ status: 'read', name: auto, text })
    expect(await readFromBackupFolder(folder, 'x.tmp')).toEqual({
      status: 'missing',
      name: 'x.tmp',
    })
  })
})
