import type { StorageEstimate } from '@shared/domain/storageQuota'

/** The part of navigator.storage this reads; passed in so tests can stand in for the browser. */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>

export type StorageState = {
  /** False where the browser has no StorageManager (old engines, some privacy modes). */
  supported: boolean
  persisted: boolean
  estimate: StorageEstimate | null
}

function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage
}

/**
 * Asks the browser not to evict this origin's data under storage pressure. Chromium decides by
 * its own heuristics without a prompt; Firefox asks the user. Never rejects: the app works either
 * way, and Settings shows the outcome.
 */
export async function requestPersistentStorage(
  manager: StorageManagerLike | undefined = browserStorage(),
): Promise<boolean> {
  if (!manager) return false
  try {
    if (await manager.persisted()) return true
    return await manager.persist()
  } catch {
    return false
  }
}

export async function readStorageState(
  manager: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageState> {
  if (!manager) return { supported: false, persisted: false, estimate: null }
  const [persisted, estimate] = await Promise.all([
    manager.persisted().catch(() => false),
    manager.estimate().then(
      (e) =>
        e.usage === undefined || e.quota === undefined ? null : { usage: e.usage, quota: e.quota },
      () => null,
    ),
  ])
  return { supported: true, persisted, estimate }
}
