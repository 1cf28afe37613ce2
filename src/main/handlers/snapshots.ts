import { join } from 'node:path'
import type { SaveSnapshotArgs, SaveSnapshotResult } from '@shared/contract'
import { snapshotFileName, snapshotsToPrune } from '../backups/rotation'

export type SnapshotPorts = {
  /** <userData>/backups: outside IndexedDB, so a damaged database cannot take the copies along. */
  directory: string
  ensureDirectory(path: string): Promise<void>
  writeFile(path: string, data: string): Promise<void>
  listFiles(path: string): Promise<string[]>
  removeFile(path: string): Promise<void>
  now(): Date
}

/** Writes a safety copy, then prunes old ones; a failed prune never fails the copy itself. */
export async function saveSnapshot(
  args: SaveSnapshotArgs,
  ports: SnapshotPorts,
): Promise<SaveSnapshotResult> {
  await ports.ensureDirectory(ports.directory)
  const path = join(ports.directory, snapshotFileName(args.reason, ports.now()))
  await ports.writeFile(path, args.content)
  try {
    const stale = snapshotsToPrune(await ports.listFiles(ports.directory))
    await Promise.all(stale.map((name) => ports.removeFile(join(ports.directory, name))))
  } catch {
    // Leaving an extra old copy behind is harmless; losing the new one would not be.
  }
  return { status: 'saved', path }
}
