import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { backupFileName, parseBackupFileName } from '@shared/backup/backupFiles'
import { CHANNELS } from '@shared/contract'
import type { Channel, ChannelArgs } from '@shared/contract'
import { createHandlers } from '.'
import { MAX_BACKUP_READ_BYTES, readBackup } from './backupFolder'
import type { BackupFolderPorts } from './backupFolder'
import type { FilePorts } from './files'

/**
 * The file-handler audit, for every channel of the contract: the only paths main touches are the
 * one the user chose in a dialog, the backups folder and the app's own file names inside it.
 * Nothing the renderer sends becomes a path, however much it looks like one.
 */

const DIR = '/profiles/userData/backups'
const CHOSEN_SAVE = '/home/user/Documents/chosen.docx'
const CHOSEN_OPEN = '/home/user/Documents/opened.json'
const OWN = backupFileName('auto', new Date('2026-11-20T08:00:00.000Z'))
const SAFETY = backupFileName('before-import', new Date('2026-11-21T08:00:00.000Z'))
const ID = '0b7a4a0e-3c1d-4f7e-9a51-2d7c5e8b9f10'
const HOSTILE = '../../../etc/passwd'

/** For each channel, arguments its schema admits, stuffed with path-like text where it can be. */
const ARGS: { [C in Channel]: ChannelArgs[C] } = {
  'files:save-file': { suggestedName: '..passwd', filters: [], content: `${HOSTILE}\n/etc/x` },
  'files:open-file': { filters: [{ name: HOSTILE, extensions: ['json'] }] },
  'app:get-info': undefined,
  'backups:save-snapshot': { reason: 'before-import', content: HOSTILE },
  'backups:write-auto-backup': { content: HOSTILE },
  'backups:list-backups': undefined,
  'backups:read-backup': { name: SAFETY },
  'backups:find-backups': { id: ID },
  'backups:confirm-final-backup': undefined,
  'app:set-language': 'en',
  'menu:set-context': { visit: { id: ID, title: HOSTILE } },
  'app:get-origin-move': undefined,
  'app:finish-origin-move': { outcome: 'moved', backupName: OWN },
}

function recordingPorts() {
  const touched: string[] = []
  const at = (path: string): void => void touched.push(path)
  // The folder also holds files the user put there; the app must leave them alone.
  const names = [OWN, SAFETY, 'passwd', '..', 'notes.txt']
  const folder: BackupFolderPorts = {
    directory: DIR,
    ensureDirectory: async (path) => at(path),
    writeFile: async (path) => at(path),
    listFiles: async (path) => (at(path), names),
    removeFile: async (path) => at(path),
    now: () => new Date('2026-11-26T12:30:05.120Z'),
    readFile: async (path) => (at(path), `{"id":"${ID}"}`),
    stat: async (path) => (at(path), { size: 20, mtimeMs: 1 }),
  }
  const files: FilePorts = {
    showSaveDialog: async () => ({ canceled: false, filePath: CHOSEN_SAVE }),
    showOpenDialog: async () => ({ canceled: false, filePaths: [CHOSEN_OPEN] }),
    writeFile: async (path) => at(path),
    stat: async (path) => (at(path), { size: 2, isFile: true }),
    readFile: async (path) => (at(path), new TextEncoder().encode('{}')),
  }
  return { touched, folder, files }
}

function allowed(path: string): boolean {
  if (path === CHOSEN_SAVE || path === CHOSEN_OPEN || path === DIR) return true
  const name = path.slice(DIR.length + 1)
  return path === join(DIR, name) && parseBackupFileName(name) !== null
}

describe('the file handlers touch only the chosen path and the backups folder', () => {
  it.each(CHANNELS)('%s', async (channel) => {
    const { touched, folder, files } = recordingPorts()
    const handlers = createHandlers({
      filePorts: () => files,
      appInfoPorts: {
        getName: () => 'Delegation Planner',
        getVersion: () => '0.1.0',
        getUserDataPath: () => '/profiles/userData',
        platform: 'linux',
        versions: { node: '24' },
      },
      snapshotPorts: folder,
      backupFolderPorts: folder,
      onFinalBackupConfirmed: vi.fn(),
      onLanguageChange: vi.fn(),
      onMenuContextChange: vi.fn(),
      originMovePorts: {
        readMarker: async () => null,
        writeMarker: async () => undefined,
        now: () => new Date(0),
      },
    })
    const handler = handlers[channel] as (args: unknown, context: unknown) => Promise<unknown>
    await handler(ARGS[channel], { window: null })
    expect(touched.filter((path) => !allowed(path))).toEqual([])
    expect(touched.filter((path) => path.includes('passwd') || path.includes('notes'))).toEqual([])
  })

  it('has hostile arguments for exactly the channels of the contract', () => {
    expect(Object.keys(ARGS).sort()).toEqual([...CHANNELS].sort())
  })
})

describe('reads of the backups folder are capped', () => {
  it('refuses a file too large to be a backup by its size, without reading it', async () => {
    const { folder } = recordingPorts()
    const readFile = vi.fn(folder.readFile)
    const ports = {
      ...folder,
      readFile,
      stat: async () => ({ size: MAX_BACKUP_READ_BYTES + 1, mtimeMs: 1 }),
    }
    // Sizes, not a sentence: the page words the refusal in the user's language.
    expect(await readBackup({ name: OWN }, ports)).toEqual({
      status: 'too-large',
      name: OWN,
      size: MAX_BACKUP_READ_BYTES + 1,
      maxBytes: MAX_BACKUP_READ_BYTES,
    })
    expect(readFile).not.toHaveBeenCalled()
    const handlers = createHandlers({
      filePorts: () => recordingPorts().files,
      appInfoPorts: {
        getName: () => '',
        getVersion: () => '',
        getUserDataPath: () => '',
        platform: 'linux',
        versions: { node: '24' },
      },
      snapshotPorts: ports,
      backupFolderPorts: ports,
      onFinalBackupConfirmed: vi.fn(),
      onLanguageChange: vi.fn(),
      onMenuContextChange: vi.fn(),
      originMovePorts: {
        readMarker: async () => null,
        writeMarker: async () => undefined,
        now: () => new Date(0),
      },
    })
    // Listed without row counts, and named as possibly holding a row, but never read.
    const list = await handlers['backups:list-backups'](undefined, { window: null })
    expect(list.map((entry) => entry.counts)).toEqual([null, null])
    await expect(handlers['backups:find-backups']({ id: ID }, { window: null })).resolves.toEqual([
      SAFETY,
      OWN,
    ])
    expect(readFile).not.toHaveBeenCalled()
  })
})
