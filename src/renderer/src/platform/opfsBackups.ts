import { autoBackupsToPrune } from '@shared/backup/autoBackupRotation'
import {
  backupFileName,
  parseBackupFileName,
  snapshotsToPrune,
  type BackupFileKind,
} from '@shared/backup/backupFiles'
import { countBackupRows } from '@shared/backup/backupSummary'
import type { BackupListEntry, ReadBackupResult } from '@shared/contract'

/**
 * The browser's backups folder: a `backups` directory in the Origin Private File System, the same
 * names and rotation as `<userData>/backups` in the app. The folder is an interface so the logic
 * is tested on a plain object; `opfsFolder()` is the real one.
 */
export type BackupDirectory = {
  names(): Promise<string[]>
  info(name: string): Promise<{ size: number; lastModified: number }>
  read(name: string): Promise<string>
  /** Replaces `name` only once the whole text is written (temporary file, then a move). */
  write(name: string, text: string): Promise<void>
  remove(name: string): Promise<void>
}

/** How a path in this folder is shown: it is the browser's own storage, not a place on disk. */
export function opfsPath(name: string): string {
  return `opfs:/backups/${name}`
}

export async function opfsFolder(): Promise<BackupDirectory> {
  const root = await navigator.storage.getDirectory()
  const dir = await root.getDirectoryHandle('backups', { create: true })
  return {
    async names() {
      const names: string[] = []
      // The async iterator of directory handles is not in TypeScript's DOM library yet.
      for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
        names.push(key)
      }
      return names
    },
    async info(name) {
      const file = await (await dir.getFileHandle(name)).getFile()
      return { size: file.size, lastModified: file.lastModified }
    },
    read: async (name) => (await (await dir.getFileHandle(name)).getFile()).text(),
    async write(name, text) {
      // getFileHandle creates an empty file at once: write under a name the list ignores first.
      const temporary = `${name}.${crypto.randomUUID()}.tmp`
      const handle = await dir.getFileHandle(temporary, { create: true })
      try {
        const stream = await handle.createWritable()
        await stream.write(text)
        await stream.close()
        await (handle as unknown as { move(name: string): Promise<void> }).move(name)
      } catch (error) {
        await dir.removeEntry(temporary).catch(() => undefined)
        throw error
      }
    },
    remove: (name) => dir.removeEntry(name),
  }
}

/** Writes one file of the given kind, then prunes by its rule; a failed prune is harmless. */
export async function writeToBackupFolder(
  folder: BackupDirectory,
  kind: BackupFileKind,
  text: string,
  now: Date,
): Promise<string> {
  const name = backupFileName(kind, now)
  await folder.write(name, text)
  try {
    const names = await folder.names()
    const stale = kind === 'auto' ? autoBackupsToPrune(names, now) : snapshotsToPrune(names)
    await Promise.all(stale.map((n) => folder.remove(n)))
  } catch {
    // An extra old file is harmless; the new one is written.
  }
  return name
}

type Counted = { size: number; lastModified: number; counts: BackupListEntry['counts'] }
const counted = new Map<string, Counted>()

/** Every backup and safety copy of the folder, newest first, with rows per table. */
export async function listBackupFolder(folder: BackupDirectory): Promise<BackupListEntry[]> {
  const entries: BackupListEntry[] = []
  for (const name of await folder.names()) {
    const parsed = parseBackupFileName(name)
    if (!parsed) continue
    const file = await folder.info(name).catch(() => null)
    if (!file) continue // pruned in the meantime
    // Files never change once written, so each is read and counted once per page load.
    let seen = counted.get(name)
    if (!seen || seen.size !== file.size || seen.lastModified !== file.lastModified) {
      const text = await folder.read(name).catch(() => null)
      seen = { ...file, counts: text === null ? null : countBackupRows(text) }
      counted.set(name, seen)
    }
    entries.push({
      name,
      path: opfsPath(name),
      kind: parsed.kind,
      reason: parsed.kind === 'safety' ? parsed.reason : null,
      takenAt: parsed.takenAt.toISOString(),
      size: file.size,
      counts: seen.counts,
    })
  }
  return entries.sort((a, b) => (a.name < b.name ? 1 : -1))
}

export async function readFromBackupFolder(
  folder: BackupDirectory,
  name: string,
): Promise<ReadBackupResult> {
  if (!parseBackupFileName(name)) return { status: 'missing', name }
  try {
    return { status: 'read', name, text: await folder.read(name) }
  } catch {
    return { status: 'missing', name }
  }
}
