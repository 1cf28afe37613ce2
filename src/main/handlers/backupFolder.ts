import { join } from 'node:path'
import { autoBackupsToPrune } from '@shared/backup/autoBackupRotation'
import { backupFileName, parseBackupFileName } from '@shared/backup/backupFiles'
import { backupsHolding } from '@shared/backup/backupsHolding'
import { countBackupRows } from '@shared/backup/backupSummary'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import type {
  BackupListEntry,
  FindBackupsArgs,
  ReadBackupArgs,
  ReadBackupResult,
  WriteAutoBackupArgs,
  WriteAutoBackupResult,
} from '@shared/contract'
import type { SnapshotPorts } from './snapshots'

/** The backups folder as the automatic backups and the list need it; plain objects in tests. */
export type BackupFolderPorts = SnapshotPorts & {
  readFile(path: string): Promise<string>
  /** Size and modification time; rejects when the file is gone. */
  stat(path: string): Promise<{ size: number; mtimeMs: number }>
}

/**
 * Writes an automatic backup (the renderer's worker built and serialised it) atomically through
 * `ports.writeFile`, then prunes the automatic backups by the rotation rule. A failed prune never
 * fails the backup: an extra old file is harmless, a lost new one would not be.
 */
export async function writeAutoBackup(
  args: WriteAutoBackupArgs,
  ports: BackupFolderPorts,
): Promise<WriteAutoBackupResult> {
  const now = ports.now()
  await ports.ensureDirectory(ports.directory)
  const name = backupFileName('auto', now)
  const path = join(ports.directory, name)
  await ports.writeFile(path, args.content)
  try {
    const stale = autoBackupsToPrune(await ports.listFiles(ports.directory), now)
    await Promise.all(stale.map((file) => ports.removeFile(join(ports.directory, file))))
  } catch {
    // See above: the new backup is written, which is what matters.
  }
  return { status: 'saved', name, path }
}

/**
 * The largest file of the folder that is read: what the contract lets the renderer write (its
 * content cap, in UTF-16 units, is at most this many UTF-8 bytes for the JSON of a backup, which
 * is ASCII but for names). A larger file was not written by the app and is not loaded into memory.
 */
export const MAX_BACKUP_READ_BYTES = MAX_OPEN_FILE_BYTES * 4

type CappedRead = { text: string } | { tooLarge: number }

/** Reads one file of the folder by its name, refusing it unread when it is too large. */
async function readCapped(ports: BackupFolderPorts, name: string): Promise<CappedRead> {
  const path = join(ports.directory, name)
  const { size } = await ports.stat(path)
  if (size > MAX_BACKUP_READ_BYTES) return { tooLarge: size }
  return { text: await ports.readFile(path) }
}

type Summary = { size: number; mtimeMs: number; counts: BackupListEntry['counts'] }

/**
 * Counting rows means reading the whole file, so each file is read once per run of the app: the
 * files never change after they are written (a new backup is a new name), and size and time say
 * when one was replaced by hand.
 */
export function createBackupLister(ports: BackupFolderPorts): () => Promise<BackupListEntry[]> {
  const cache = new Map<string, Summary>()
  return async () => {
    let names: string[]
    try {
      names = await ports.listFiles(ports.directory)
    } catch {
      return [] // no folder yet: nothing was ever written
    }
    const entries: BackupListEntry[] = []
    for (const name of names) {
      const parsed = parseBackupFileName(name)
      if (!parsed) continue
      const path = join(ports.directory, name)
      const info = await ports.stat(path).catch(() => null)
      if (!info) continue // pruned or removed in the meantime
      let summary = cache.get(name)
      if (!summary || summary.size !== info.size || summary.mtimeMs !== info.mtimeMs) {
        const text =
          info.size > MAX_BACKUP_READ_BYTES ? null : await ports.readFile(path).catch(() => null)
        summary = { ...info, counts: text === null ? null : countBackupRows(text) }
        cache.set(name, summary)
      }
      entries.push({
        name,
        path,
        kind: parsed.kind,
        reason: parsed.kind === 'safety' ? parsed.reason : null,
        takenAt: parsed.takenAt.toISOString(),
        size: info.size,
        counts: summary.counts,
      })
    }
    return entries.sort((a, b) => (a.name < b.name ? 1 : -1))
  }
}

/**
 * One file of the folder by its name (the contract admits only names the app gives). A file too
 * large to be the app's is `too-large`, with its size for the page's message; a vanished one is
 * `missing`.
 */
export async function readBackup(
  args: ReadBackupArgs,
  ports: BackupFolderPorts,
): Promise<ReadBackupResult> {
  const { name } = args
  if (!parseBackupFileName(name)) return { status: 'missing', name }
  try {
    const read = await readCapped(ports, name)
    if ('text' in read) return { status: 'read', name, text: read.text }
    return { status: 'too-large', name, size: read.tooLarge, maxBytes: MAX_BACKUP_READ_BYTES }
  } catch {
    return { status: 'missing', name }
  }
}

/**
 * The files of the folder that hold a row id (see backupsHolding); none when there is no folder.
 * One too large to read is listed, as an unreadable one is: it may hold the row.
 */
export async function findBackups(
  args: FindBackupsArgs,
  ports: BackupFolderPorts,
): Promise<string[]> {
  const names = await ports.listFiles(ports.directory).catch(() => [])
  // A refusal counts as unreadable, which backupsHolding lists.
  const readText = async (name: string): Promise<string> => {
    const read = await readCapped(ports, name)
    if ('text' in read) return read.text
    throw new Error(`${name} is too large to be read`)
  }
  return backupsHolding(names, readText, args.id)
}
