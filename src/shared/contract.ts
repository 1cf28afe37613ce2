import { z } from 'zod'
import { parseBackupFileName, SNAPSHOT_REASONS } from './backup/backupFiles'
import type { SnapshotReason } from './backup/backupFiles'
import type { OriginMoveState } from './backup/originMove'
import { VISIT_DOCUMENTS } from './documents/visitDocuments'
import { uiLanguageSchema } from './model/common'
import type { TableName } from './model/tables'
import { channel, event } from './ipcSpec'
import type { ApiOf, ImplementationOf, ResultsOf } from './ipcSpec'

/**
 * The one IPC contract between renderer and main, in both directions. A channel names its method
 * on `window.planner`, its argument schema (parsed in main before any handler runs) and its result
 * type; an event names its subscribing method and its payload schema (checked in the preload).
 * Adding a channel is one entry here plus its handler in main and its browser fallback; the types
 * say when one of them is missing. Channel names are `feature:verb-noun`.
 */

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
})
export type FileFilter = z.infer<typeof fileFilterSchema>

/**
 * 400 MiB: the app must read back its own backups, and the large office of issue 11 (20,000
 * contacts, 2,000 with photos, 100,000 agenda items) exports to 247 MiB; V8's longest string
 * (about 512 Mi characters) is the hard ceiling above it.
 */
export const MAX_OPEN_FILE_BYTES = 400 * 1024 * 1024

export const saveFileArgsSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/]/.test(n), { message: 'v.fileName' }),
  filters: z.array(fileFilterSchema).max(10),
  /**
   * Text is written as UTF-8; bytes as they are; a list of byte chunks one after the other (a
   * large backup, so it never has to be one string or buffer of its size). The list is handed
   * over: the browser's download empties it as it copies the chunks, so none is held twice.
   */
  content: z.union([z.string(), z.instanceof(Uint8Array), z.array(z.instanceof(Uint8Array))]),
})
export type SaveFileArgs = z.infer<typeof saveFileArgsSchema>
export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }

export const openFileArgsSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
  /**
   * `text` (the default) decodes UTF-8; `bytes` hands over the file as it is, for formats that
   * come in other encodings (vCards from older Outlook are Windows-1252).
   */
  as: z.enum(['text', 'bytes']).optional(),
  /**
   * With `bytes`: read into a buffer `releaseBytes` (@shared/reclaimableBytes) gives back at once,
   * for a caller that is done with a large file long before it is done with its contents (the
   * backup import). Such bytes must be copied before DOM APIs see them. The browser honours it;
   * in Electron the bytes come in one IPC message and are freed by the next collection.
   */
  reclaimable: z.boolean().optional(),
})
export type OpenFileArgs = z.infer<typeof openFileArgsSchema>
export type OpenedText = { status: 'opened'; name: string; size: number; text: string }
export type OpenedBytes = { status: 'opened'; name: string; size: number; bytes: Uint8Array }
type NotOpened =
  { status: 'cancelled' } | { status: 'too-large'; name: string; size: number; maxBytes: number }
export type OpenFileResult = OpenedText | OpenedBytes | NotOpened
/** The result as the caller sees it: text unless it asked for bytes. */
export type OpenFileResultFor<A extends OpenFileArgs> =
  | (A extends { as: 'bytes' }
      ? OpenedBytes
      : // `filters` keeps the type from being weak (all optional), which nothing would match.
        A extends { filters: unknown; as?: 'text' | undefined }
        ? OpenedText
        : OpenedText | OpenedBytes)
  | NotOpened

// Why a safety copy is taken (import, delete-all, demo removal, restore); see backupFiles.ts.
export { SNAPSHOT_REASONS } from './backup/backupFiles'
export type { SnapshotReason } from './backup/backupFiles'

export const saveSnapshotArgsSchema = z.object({
  reason: z.enum(SNAPSHOT_REASONS),
  /** A complete backup file (src/shared/backup), serialised. */
  content: z
    .string()
    .min(1)
    .max(MAX_OPEN_FILE_BYTES * 4),
})
export type SaveSnapshotArgs = z.infer<typeof saveSnapshotArgsSchema>
export type SaveSnapshotResult = { status: 'saved'; path: string }

export const emptyArgsSchema = z.undefined()

/** An automatic backup, serialised off the UI thread by the renderer's backup worker. */
export const writeAutoBackupArgsSchema = z.object({
  content: z
    .string()
    .min(1)
    .max(MAX_OPEN_FILE_BYTES * 4),
})
export type WriteAutoBackupArgs = z.infer<typeof writeAutoBackupArgsSchema>
export type WriteAutoBackupResult = { status: 'saved'; name: string; path: string }

/** One file of the backups folder: an automatic backup or a safety copy with its reason. */
export type BackupListEntry = {
  /** The file name, which carries the time and the kind (see backupFiles.ts). */
  name: string
  /** Where it is, as the user would look for it (a full path, or the browser's own storage). */
  path: string
  kind: 'auto' | 'safety'
  reason: SnapshotReason | null
  takenAt: string
  size: number
  /** Rows per table; null when the file cannot be read as a backup. */
  counts: Partial<Record<TableName, number>> | null
}

/** Only names the app gave its own files: no path, so nothing outside the folder is reachable. */
export const readBackupArgsSchema = z.object({
  name: z
    .string()
    .max(100)
    .refine((n) => parseBackupFileName(n) !== null, { message: 'v.fileName' }),
})
export type ReadBackupArgs = z.infer<typeof readBackupArgsSchema>
/** A row id (a UUID) to look for in every file of the backups folder. */
export const findBackupsArgsSchema = z.object({ id: z.uuid() })
export type FindBackupsArgs = z.infer<typeof findBackupsArgsSchema>
/**
 * `too-large`: a file bigger than any backup the app writes, refused unread. Main sends the sizes,
 * not a sentence, so the page says it in the user's language.
 */
export type ReadBackupResult =
  | { status: 'read'; name: string; text: string }
  | { status: 'missing'; name: string }
  | { status: 'too-large'; name: string; size: number; maxBytes: number }

/** The page settled the one-time move to the app:// origin (see backup/originMove.ts). */
export const finishOriginMoveArgsSchema = z.object({
  outcome: z.enum(['moved', 'not-needed']),
  /** The automatic backup the data was restored from, when it was moved. */
  backupName: readBackupArgsSchema.shape.name.optional(),
})
export type FinishOriginMoveArgs = z.infer<typeof finishOriginMoveArgsSchema>

export type AppInfo = {
  name: string
  version: string
  platform: string
  versions: { electron: string; chrome: string; node: string }
  userDataPath: string
}

/** What the native menu asks the page to do; the page decides how (it owns the routes). */
export const NAVIGATION_COMMANDS = [
  'new-visit',
  'export-backup',
  'import-backup',
  'open-settings',
] as const
export type NavigationCommand = (typeof NAVIGATION_COMMANDS)[number]
/** Menu items whose accelerator is a shortcut of src/shared/keyboard (the id after `shortcut:`). */
export const SHORTCUT_COMMANDS = [
  'shortcut:newItem',
  'shortcut:search',
  'shortcut:palette',
  'shortcut:save',
  'shortcut:shortcutList',
] as const
export type ShortcutCommand = (typeof SHORTCUT_COMMANDS)[number]
export const MENU_COMMANDS = [...NAVIGATION_COMMANDS, ...SHORTCUT_COMMANDS] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export const menuCommandSchema = z.object({ command: z.enum(MENU_COMMANDS) })

/** Row ids are UUIDs or the demo's short ids; the bound only keeps junk out of main. */
const visitIdSchema = z.string().min(1).max(100)

/**
 * What the page shows, so the File menu can offer the open visit's documents. Main uses the
 * title only as a label and the id only to send it back in `menu:visit-document`.
 */
export const menuContextSchema = z.strictObject({
  visit: z.strictObject({ id: visitIdSchema, title: z.string().max(300) }).nullable(),
})
export type MenuContext = z.infer<typeof menuContextSchema>

/** A document of the open visit chosen in the File menu. */
export const visitDocumentEventSchema = z.strictObject({
  visitId: visitIdSchema,
  document: z.enum(VISIT_DOCUMENTS),
})

export const CONTRACT = {
  'files:save-file': channel('saveFile', saveFileArgsSchema).returns<SaveFileResult>(),
  'files:open-file': channel('openFile', openFileArgsSchema).returns<
    OpenFileResult,
    <A extends OpenFileArgs>(args: A) => Promise<OpenFileResultFor<A>>
  >(),
  'app:get-info': channel('getAppInfo', emptyArgsSchema).returns<AppInfo>(),
  /** Keeps a copy of the current data outside IndexedDB before it is replaced or wiped. */
  'backups:save-snapshot': channel(
    'saveSnapshot',
    saveSnapshotArgsSchema,
  ).returns<SaveSnapshotResult>(),
  /** Writes an automatic backup atomically into the backups folder, then rotates them. */
  'backups:write-auto-backup': channel(
    'writeAutoBackup',
    writeAutoBackupArgsSchema,
  ).returns<WriteAutoBackupResult>(),
  /** Automatic backups and safety copies, newest first, with size and rows per table. */
  'backups:list-backups': channel('listBackups', emptyArgsSchema).returns<BackupListEntry[]>(),
  /** The text of one file of the list, to be validated with parseBackup before a restore. */
  'backups:read-backup': channel('readBackup', readBackupArgsSchema).returns<ReadBackupResult>(),
  /** The names of the folder's files that hold a row id: for an erasure, those with the person. */
  'backups:find-backups': channel('findBackups', findBackupsArgsSchema).returns<string[]>(),
  /** The page answers `onFinalBackupRequested`: its last backup is written (or not needed). */
  'backups:confirm-final-backup': channel('confirmFinalBackup', emptyArgsSchema).returns<void>(),
  /** The renderer reports its UI language so the native menu follows it. */
  'app:set-language': channel('setLanguage', uiLanguageSchema).returns<void>(),
  /** The renderer reports the open visit (or none) on every route change, for the File menu. */
  'menu:set-context': channel('setMenuContext', menuContextSchema).returns<void>(),
  /** Whether the data still has to move from the old file:// origin (a marker in user data). */
  'app:get-origin-move': channel('getOriginMove', emptyArgsSchema).returns<OriginMoveState>(),
  'app:finish-origin-move': channel('finishOriginMove', finishOriginMoveArgsSchema).returns<void>(),
} as const

export const EVENTS = {
  /** A command chosen in the native menu. */
  'menu:command': event('onMenuCommand', menuCommandSchema),
  /** A document of the open visit chosen in File → Documents of this visit. */
  'menu:visit-document': event('onVisitDocument', visitDocumentEventSchema),
  /** The window is closing: write a last backup if anything changed, then confirm. */
  'backups:final-requested': event('onFinalBackupRequested', z.strictObject({})),
} as const

export type Channel = keyof typeof CONTRACT
export const CHANNELS = Object.keys(CONTRACT) as Channel[]
export type ChannelArgs = { [C in Channel]: z.output<(typeof CONTRACT)[C]['args']> }
export type ChannelResult = ResultsOf<typeof CONTRACT>

export type EventName = keyof typeof EVENTS
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[]
export type EventPayload = { [E in EventName]: z.output<(typeof EVENTS)[E]['payload']> }

/** What the preload exposes as `window.planner`: named functions only, never ipcRenderer. */
export type PlannerApi = ApiOf<typeof CONTRACT, typeof EVENTS>
/** What the browser fallback implements: the same methods with their wire types. */
export type PlannerImplementation = ImplementationOf<typeof CONTRACT, typeof EVENTS>
export type PlannerMethod = keyof PlannerApi

/** Every function name of `window.planner`, channels first, then events. */
export const PLANNER_METHODS: readonly PlannerMethod[] = [
  ...CHANNELS.map((c) => CONTRACT[c].method),
  ...EVENT_NAMES.map((e) => EVENTS[e].method),
]
