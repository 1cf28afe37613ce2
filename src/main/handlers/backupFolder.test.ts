import { describe, expect, it, vi } from 'vitest'
import { backupFileName } from '@shared/backup/backupFiles'
import {
  createBackupLister,
  findBackups,
  readBackup,
  writeAutoBackup,
  type BackupFolderPorts,
} from './backupFolder'

const DIR = '/data/backups'
const NOW = new Date('2026-11-26T12:30:05.120Z')

function memoryFolder(existing: Record<string, string> = {}) {
  const files = new Map(Object.entries(existing).map(([name, text]) => [`${DIR}/${name}`, text]))
  const ports = {
    directory: DIR,
    ensureDirectory: async () => undefined,
    writeFile: vi.fn(async (path: string, data: string) => void files.set(path, data)),
    listFiles: async () => [...files.keys()].map((p) => p.slice(DIR.length + 1)),
    removeFile: async (path: string) => void files.delete(path),
    now: () => NOW,
    readFile: vi.fn(async (path: string) => {
      const text = files.get(path)
      if (text === undefined) throw new Error('ENOENT')
      return text
    }),
    stat: async (path: string) => {
      const text = files.get(path)
      if (text === undefined) throw new Error('ENOENT')
      return { size: text.length, mtimeMs: 1 }
    },
  } satisfies BackupFolderPorts
  return { files, ports }
}

const backupText = (contacts: number): string =>
  JSON.stringify({
    payload: { tables: { contacts: Array.from({ length: contacts }, () => ({})) } },
  })

describe('automatic backups in the backups folder', () => {
  it('writes the new backup under its name and prunes by the rotation rule', async () => {
    // 12 from the last two hours: with the new one, the oldest three fall out of "the newest ten".
    const old = Array.from({ length: 12 }, (_, i) =>
      backupFileName('auto', new Date(NOW.getTime() - (i + 1) * 10 * 60_000)),
    )
    const safety = backupFileName('before-import', new Date('2020-01-01T00:00:00Z'))
    const { files, ports } = memoryFolder(
      Object.fromEntries([...old, safety, 'my-notes.txt'].map((n) => [n, '{}'])),
    )
    const result = await writeAutoBackup({ content: '{"a":1}' }, ports)
    expect(result).toEqual({
      status: 'saved',
      name: '2026-11-26_123005-120_auto.json',
      path: `${DIR}/2026-11-26_123005-120_auto.json`,
    })
    expect(files.get(result.path)).toBe('{"a":1}')
    const left = [...files.keys()].map((p) => p.slice(DIR.length + 1))
    expect(left).toHaveLength(1 + 9 + 1 + 1)
    expect(left).toContain(old[8])
    expect(left).not.toContain(old[9])
    expect(left).toContain(safety)
    expect(left).toContain('my-notes.txt')
  })

  it('still reports the backup when pruning fails', async () => {
    const { ports } = memoryFolder()
    const failing = { ...ports, removeFile: () => Promise.reject(new Error('EACCES')) }
    await expect(writeAutoBackup({ content: '{}' }, failing)).resolves.toMatchObject({
      status: 'saved',
    })
  })

  it('lists backups and safety copies newest first with counts, reading each file once', async () => {
    const auto = backupFileName('auto', new Date('2026-11-26T10:00:00Z'))
    const copy = backupFileName('before-restore', new Date('2026-11-26T11:00:00Z'))
    const { ports } = memoryFolder({ [auto]: backupText(3), [copy]: 'cut sh', 'x.json': '{}' })
    const list = createBackupLister(ports)
    const entries = await list()
    expect(entries).toEqual([
      {
        name: copy,
        path: `${DIR}/${copy}`,
        kind: 'safety',
        reason: 'before-restore',
        takenAt: '2026-11-26T11:00:00.000Z',
        size: 6,
        counts: null,
      },
      {
        name: auto,
        path: `${DIR}/${auto}`,
        kind: 'auto',
        reason: null,
        takenAt: '2026-11-26T10:00:00.000Z',
        size: backupText(3).length,
        counts: { contacts: 3 },
      },
    ])
    await list()
    expect(ports.readFile).toHaveBeenCalledTimes(2)
  })

  it('lists nothing when the folder does not exist yet', async () => {
    const { ports } = memoryFolder()
    const missing = { ...ports, listFiles: () => Promise.reject(new Error('ENOENT')) }
    expect(await createBackupLister(missing)()).toEqual([])
  })

  it('reads a file of the list by name, and says when it is gone', async () => {
    const name = backupFileName('auto', NOW)
    const { ports } = memoryFolder({ [name]: '{"x":1}' })
    expect(await readBackup({ name }, ports)).toEqual({ status: 'read', name, text: '{"x":1}' })
    const gone = backupFileName('auto', new Date(0))
    expect(await readBackup({ name: gone }, ports)).toEqual({ status: 'missing', name: gone })
    expect(await readBackup({ name: '../../etc/passwd' }, ports)).toMatchObject({
      status: 'missing',
    })
  })

  it('finds the files that hold an id, in the backups folder only', async () => {
    const id = '0b8f3c52-6d1e-4a57-9a77-0c1f7d0e2a11'
    const holding = backupFileName('auto', NOW)
    const without = backupFileName('before-import', new Date('2026-11-01T08:00:00Z'))
    const { ports } = memoryFolder({
      [holding]: `{"contacts":[{"id":"${id}"}]}`,
      [without]: '{"contacts":[]}',
    })
    expect(await findBackups({ id }, ports)).toEqual([holding])
  })
})
