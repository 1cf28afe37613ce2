/**
 * The backup files the app knows it wrote (safety copies before an import, a delete-all or the
 * demo removal), so an erasure can say which files may still hold the person. Only paths and
 * times, never content, in localStorage: the list must survive a restart, and it holds no
 * personal data. Backups saved by hand elsewhere or copied on are beyond what the app can know.
 */
export type WrittenBackup = { path: string; writtenAt: string }

const KEY = 'delegation-planner.writtenBackups'
const MAX_ENTRIES = 200

function storage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage
}

export function writtenBackups(): WrittenBackup[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]')
    return Array.isArray(parsed)
      ? parsed.filter(
          (e): e is WrittenBackup =>
            typeof e === 'object' &&
            e !== null &&
            typeof (e as WrittenBackup).path === 'string' &&
            typeof (e as WrittenBackup).writtenAt === 'string',
        )
      : []
  } catch {
    // A damaged entry must not block an erasure; the dialog then says it knows of none.
    return []
  }
}

export function recordWrittenBackup(path: string, writtenAt: Date): void {
  const entries = [...writtenBackups(), { path, writtenAt: writtenAt.toISOString() }]
  try {
    storage()?.setItem(KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)))
  } catch {
    // Storage full or disabled: the copy itself was written, which is what matters here.
  }
}
