import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import type { AppInfoPorts } from './appInfo'
import type { BackupFolderPorts } from './backupFolder'
import type { FilePorts } from './files'
import type { OriginMovePorts } from './originMove'
import type { SnapshotPorts } from './snapshots'

/** The real dialogs and file system, with dialogs attached to the asking window. */
export function electronFilePorts(window: BrowserWindow | null): FilePorts {
  return {
    showSaveDialog: (options) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) => {
      const full = { ...options, properties: ['openFile' as const] }
      return window ? dialog.showOpenDialog(window, full) : dialog.showOpenDialog(full)
    },
    writeFile: writeFileAtomically,
    stat: async (path) => {
      const info = await stat(path)
      return { size: info.size, isFile: info.isFile() }
    },
    readFile: (path) => readFile(path),
  }
}

/**
 * Writes next to the target and renames over it, so a crash or a full disk never leaves a
 * half-written backup where a good one was.
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    await writeFile(temporary, data, typeof data === 'string' ? 'utf8' : undefined)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

export function electronAppInfoPorts(): AppInfoPorts {
  return {
    getName: () => app.getName(),
    getVersion: () => app.getVersion(),
    getUserDataPath: () => app.getPath('userData'),
    platform: process.platform,
    versions: process.versions,
  }
}

/** Safety copies live in <userData>/backups, next to (not inside) the IndexedDB folder. */
export function electronSnapshotPorts(): SnapshotPorts {
  return {
    directory: join(app.getPath('userData'), 'backups'),
    ensureDirectory: async (path) => void (await mkdir(path, { recursive: true })),
    writeFile: writeFileAtomically,
    listFiles: (path) => readdir(path),
    removeFile: (path) => unlink(path),
    now: () => new Date(),
  }
}

/** The backups folder with reading, for the automatic backups and their list. */
export function electronBackupFolderPorts(): BackupFolderPorts {
  return {
    ...electronSnapshotPorts(),
    readFile: (path) => readFile(path, 'utf8'),
    stat: async (path) => {
      const info = await stat(path)
      return { size: info.size, mtimeMs: info.mtimeMs }
    },
  }
}

/** The marker of the move to app:// (originMove.ts): `<userData>/origin-move.json`. */
export function electronOriginMovePorts(): OriginMovePorts {
  const path = join(app.getPath('userData'), 'origin-move.json')
  return {
    readMarker: async () => {
      try {
        return await readFile(path, 'utf8')
      } catch (error) {
        // No file: not moved yet. Any other failure is not "no marker" and must not look like it.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    writeMarker: (text) => writeFileAtomically(path, text),
    now: () => new Date(),
  }
}
