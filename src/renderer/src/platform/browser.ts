import type {
  AppInfo,
  BackupListEntry,
  FindBackupsArgs,
  ReadBackupArgs,
  ReadBackupResult,
  WriteAutoBackupArgs,
  WriteAutoBackupResult,
  OpenFileArgs,
  OpenFileResult,
  PlannerImplementation,
  SaveFileArgs,
  SaveFileResult,
  SaveSnapshotArgs,
  SaveSnapshotResult,
} from '@shared/contract'
import { backupsHolding } from '@shared/backup/backupsHolding'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import { fileStamp } from '@shared/dates'
import { version } from '../../../../package.json'
import {
  listBackupFolder,
  opfsFolder,
  opfsPath,
  readFromBackupFolder,
  writeToBackupFolder,
} from './opfsBackups'
import { acceptFromFilters, mimeTypeFor, readOpenedFile, sizeCheck } from './choose'

/**
 * A list of chunks as one Blob, a few chunks at a time, each taken out of the list once the Blob
 * has copied it: a Blob made of a Blob refers to it without copying, so a 250 MB backup is not
 * held as chunks and as Blob at once until the whole list is let go.
 */
export function blobOfChunks(chunks: Uint8Array<ArrayBuffer>[], type: string): Blob {
  let blob = new Blob([], { type })
  while (chunks.length > 0) blob = new Blob([blob, ...chunks.splice(0, 8)], { type })
  return blob
}

/** Downloads through a Blob link; the browser decides where the file lands. */
async function saveFile(args: SaveFileArgs): Promise<SaveFileResult> {
  const { content } = args
  const type = mimeTypeFor(args.suggestedName)
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type })
      : Array.isArray(content)
        ? blobOfChunks(content as Uint8Array<ArrayBuffer>[], type)
        : new Blob([new Uint8Array(content)], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = args.suggestedName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { status: 'saved', path: args.suggestedName }
}

/** A hidden file input; its `cancel` event reports a closed dialog. */
function openFile(args: OpenFileArgs): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptFromFilters(args.filters)
    input.style.display = 'none'
    const done = (): void => input.remove()
    input.addEventListener('cancel', () => {
      done()
      resolve({ status: 'cancelled' })
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      done()
      if (!file) return resolve({ status: 'cancelled' })
      const refused = sizeCheck(file.name, file.size, args.maxBytes ?? MAX_OPEN_FILE_BYTES)
      if (refused) return resolve(refused)
      readOpenedFile(file, args.as ?? 'text', args.reclaimable === true).then(
        resolve,
        (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))),
      )
    })
    document.body.append(input)
    input.click()
  })
}

async function getAppInfo(): Promise<AppInfo> {
  return {
    name: 'Delegation Planner',
    version,
    platform: 'browser',
    versions: { electron: '', chrome: chromeVersion(navigator.userAgent), node: '' },
    userDataPath: '',
  }
}

/**
 * A browser cannot write outside its own storage unasked, so the safety copy is offered as a
 * download (the user's Downloads folder then holds what was replaced) and also kept in the
 * browser's backups folder, where the list of backups shows it and a restore can take it back.
 */
async function saveSnapshot(args: SaveSnapshotArgs): Promise<SaveSnapshotResult> {
  const now = new Date()
  const name = `delegation-planner-${args.reason}-${fileStamp(now)}.json`
  const saved = await saveFile({ suggestedName: name, filters: [], content: args.content })
  try {
    await writeToBackupFolder(await opfsFolder(), args.reason, args.content, now)
  } catch (error) {
    // The download has the copy; a browser without OPFS (or out of quota) only lacks the list entry.
    console.warn('safety copy not kept in the browser storage', error)
  }
  return { status: 'saved', path: saved.status === 'saved' ? saved.path : name }
}

/** Automatic backups in the browser: the page writes and rotates them itself, in OPFS. */
async function writeAutoBackup(args: WriteAutoBackupArgs): Promise<WriteAutoBackupResult> {
  const name = await writeToBackupFolder(await opfsFolder(), 'auto', args.content, new Date())
  return { status: 'saved', name, path: opfsPath(name) }
}

async function listBackups(): Promise<BackupListEntry[]> {
  if (!navigator.storage?.getDirectory) return []
  return listBackupFolder(await opfsFolder())
}

async function readBackup(args: ReadBackupArgs): Promise<ReadBackupResult> {
  return readFromBackupFolder(await opfsFolder(), args.name)
}

async function findBackups(args: FindBackupsArgs): Promise<string[]> {
  if (!navigator.storage?.getDirectory) return []
  const folder = await opfsFolder()
  return backupsHolding(await folder.names(), (name) => folder.read(name), args.id)
}

function chromeVersion(userAgent: string): string {
  return /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? ''
}

/** Nothing to unsubscribe from: a plain browser has no main process that could send events. */
const noEvents = (): (() => void) => () => undefined

export const browserPlatform: PlannerImplementation = {
  saveFile,
  openFile,
  getAppInfo,
  saveSnapshot,
  writeAutoBackup,
  listBackups,
  readBackup,
  findBackups,
  // A tab is not asked before it closes (no main process); the page writes when it is hidden.
  confirmFinalBackup: async () => undefined,
  onFinalBackupRequested: noEvents,
  // The browser has no native menu to translate, and none to send commands.
  setLanguage: async () => undefined,
  // A browser tab never ran the app from file://: there is nothing to move.
  getOriginMove: async () => 'settled',
  finishOriginMove: async () => undefined,
  onMenuCommand: noEvents,
  setMenuContext: async () => undefined,
  onVisitDocument: noEvents,
}
