import { describe, expect, it } from 'vitest'
import { saveSnapshot, type SnapshotPorts } from './snapshots'

function memoryPorts(existing: string[] = []): SnapshotPorts & { files: Map<string, string> } {
  const files = new Map(existing.map((name) => [`/data/backups/${name}`, '{}']))
  return {
    files,
    directory: '/data/backups',
    ensureDirectory: async () => undefined,
    writeFile: async (path, data) => void files.set(path, data),
    listFiles: async () => [...files.keys()].map((p) => p.slice('/data/backups/'.length)),
    removeFile: async (path) => void files.delete(path),
    now: () => new Date('2026-11-26T12:30:05.120Z'),
  }
}

describe('saveSnapshot', () => {
  it('writes the copy under the backups folder and returns where', async () => {
    const ports = memoryPorts()
    const result = await saveSnapshot({ reason: 'before-import', content: '{"a":1}' }, ports)
    expect(result).toEqual({
      status: 'saved',
      path: '/data/backups/2026-11-26_123005-120_before-import.json',
    })
    expect(ports.files.get(result.path)).toBe('{"a":1}')
  })

  it('prunes the oldest copies beyond the kept number', async () => {
    const old = Array.from(
      { length: 20 },
      (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}_120000-000_before-import.json`,
    )
    const ports = memoryPorts([...old, 'keep-me.json'])
    await saveSnapshot({ reason: 'before-import', content: '{}' }, ports)
    const left = [...ports.files.keys()].map((p) => p.slice('/data/backups/'.length))
    expect(left).toHaveLength(21)
    expect(left).not.toContain(old[0])
    expect(left).toContain('keep-me.json')
  })

  it('still reports the copy when pruning fails', async () => {
    const ports = { ...memoryPorts(), listFiles: () => Promise.reject(new Error('EACCES')) }
    const result = await saveSnapshot({ reason: 'before-delete-all', content: '{}' }, ports)
    expect(result.status).toBe('saved')
  })
})
