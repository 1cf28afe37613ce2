import { z } from 'zod'
import { uiLanguageSchema } from './model/common'
import type { UiLanguage } from './model/common'

/**
 * The one IPC contract between renderer and main. Each channel names its argument schema (parsed
 * in main before any handler runs) and its result type. Channel names are `feature:verb-noun`.
 */

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
})
export type FileFilter = z.infer<typeof fileFilterSchema>

/** 50 MiB: a backup with photos of 20,000 contacts stays well under it. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024

export const saveFileArgsSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/]/.test(n), { message: 'v.fileName' }),
  filters: z.array(fileFilterSchema).max(10),
  /** Text is written as UTF-8; bytes as they are. */
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
})
export type SaveFileArgs = z.infer<typeof saveFileArgsSchema>
export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }

export const openFileArgsSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
})
export type OpenFileArgs = z.infer<typeof openFileArgsSchema>
export type OpenFileResult =
  | { status: 'opened'; name: string; text: string; size: number }
  | { status: 'cancelled' }
  | { status: 'too-large'; name: string; size: number; maxBytes: number }

/** Why a safety copy is taken: every action that replaces or wipes data saves it first. */
export const SNAPSHOT_REASONS = ['before-import', 'before-delete-all'] as const
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number]

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

export type AppInfo = {
  name: string
  version: string
  platform: string
  versions: { electron: string; chrome: string; node: string }
  userDataPath: string
}

export const CONTRACT = {
  'files:save-file': saveFileArgsSchema,
  'files:open-file': openFileArgsSchema,
  'app:get-info': emptyArgsSchema,
  'backups:save-snapshot': saveSnapshotArgsSchema,
  /** The renderer reports its UI language so the native menu follows it. */
  'app:set-language': uiLanguageSchema,
} as const

export type Channel = keyof typeof CONTRACT
export const CHANNELS = Object.keys(CONTRACT) as Channel[]

export type ChannelArgs = { [C in Channel]: z.infer<(typeof CONTRACT)[C]> }
export type ChannelResult = {
  'files:save-file': SaveFileResult
  'files:open-file': OpenFileResult
  'app:get-info': AppInfo
  'backups:save-snapshot': SaveSnapshotResult
  'app:set-language': void
}

/** What the preload exposes as `window.planner`: named functions only, never ipcRenderer. */
export type PlannerApi = {
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>
  openFile(args: OpenFileArgs): Promise<OpenFileResult>
  getAppInfo(): Promise<AppInfo>
  /** Keeps a copy of the current data outside IndexedDB before it is replaced or wiped. */
  saveSnapshot(args: SaveSnapshotArgs): Promise<SaveSnapshotResult>
  setLanguage(language: UiLanguage): Promise<void>
}
