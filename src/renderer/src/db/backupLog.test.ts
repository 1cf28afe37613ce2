import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppDB } from './AppDB'
import { writtenBackups } from './backupLog'
import { writeSafetyCopy } from './safetyCopy'
import { freshDb } from './testSupport'

/** A Storage over a Map: the tests run in Node, which has no localStorage of its own to rely on. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

let db: AppDB
beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage())
  db = freshDb()
})
afterEach(async () => {
  vi.unstubAllGlobals()
  await db.delete()
})

describe('the log of backup files the app wrote', () => {
  it('records each safety copy by path and time, for the erasure dialog to list', async () => {
    const at = new Date('2026-05-01T10:00:00Z')
    let n = 0
    const copy = { appVersion: 't', save: async () => `/backups/copy-${++n}.json` }
    await writeSafetyCopy(db, copy, at)
    await writeSafetyCopy(db, copy, at)
    expect(writtenBackups()).toEqual([
      { path: '/backups/copy-1.json', writtenAt: at.toISOString() },
      { path: '/backups/copy-2.json', writtenAt: at.toISOString() },
    ])
  })

  it('records nothing for a copy that could not be written, and survives a damaged entry', async () => {
    const failing = { appVersion: 't', save: () => Promise.reject(new Error('disk full')) }
    await expect(writeSafetyCopy(db, failing, new Date())).rejects.toThrow('disk full')
    expect(writtenBackups()).toEqual([])
    localStorage.setItem('delegation-planner.writtenBackups', '{not json')
    expect(writtenBackups()).toEqual([])
  })
})
