import { describe, expect, it, vi } from 'vitest'
import {
  readStorageState,
  requestPersistentStorage,
  type StorageManagerLike,
} from './storagePersistence'

function manager(overrides: Partial<StorageManagerLike> = {}): StorageManagerLike {
  return {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 1_000, quota: 10_000 })),
    ...overrides,
  }
}

describe('requestPersistentStorage', () => {
  it('asks only when storage is not persistent yet', async () => {
    const already = manager({ persisted: vi.fn(async () => true) })
    expect(await requestPersistentStorage(already)).toBe(true)
    expect(already.persist).not.toHaveBeenCalled()

    const fresh = manager()
    expect(await requestPersistentStorage(fresh)).toBe(true)
    expect(fresh.persist).toHaveBeenCalledOnce()
  })

  it('reports a refusal, a throwing engine and a missing StorageManager as false', async () => {
    expect(await requestPersistentStorage(manager({ persist: vi.fn(async () => false) }))).toBe(
      false,
    )
    const throwing = manager({
      persisted: vi.fn(async () => {
        throw new DOMException('denied', 'SecurityError')
      }),
    })
    expect(await requestPersistentStorage(throwing)).toBe(false)
    expect(await requestPersistentStorage(undefined)).toBe(false)
  })
})

describe('readStorageState', () => {
  it('reads persistence and the estimate together', async () => {
    expect(await readStorageState(manager())).toEqual({
      supported: true,
      persisted: false,
      estimate: { usage: 1_000, quota: 10_000 },
    })
  })

  it('has no estimate when the engine leaves usage or quota out, or fails', async () => {
    const partial = manager({ estimate: vi.fn(async () => ({ usage: 5 })) })
    expect((await readStorageState(partial)).estimate).toBeNull()
    const failing = manager({ estimate: vi.fn(async () => Promise.reject(new Error('x'))) })
    expect((await readStorageState(failing)).estimate).toBeNull()
  })

  it('says unsupported without a StorageManager', async () => {
    expect(await readStorageState(undefined)).toEqual({
      supported: false,
      persisted: false,
      estimate: null,
    })
  })
})
