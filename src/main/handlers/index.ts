import type { BrowserWindow } from 'electron'
import type { MenuContext } from '@shared/contract'
import type { UiLanguage } from '@shared/model/common'
import type { ChannelHandlers } from '../ipc'
import { getAppInfo } from './appInfo'
import type { AppInfoPorts } from './appInfo'
import { openFile, saveFile } from './files'
import type { FilePorts } from './files'
import { createBackupLister, findBackups, readBackup, writeAutoBackup } from './backupFolder'
import type { BackupFolderPorts } from './backupFolder'
import { finishOriginMove, getOriginMove } from './originMove'
import type { OriginMovePorts } from './originMove'
import { saveSnapshot } from './snapshots'
import type { SnapshotPorts } from './snapshots'

export type HandlerDeps = {
  filePorts(window: BrowserWindow | null): FilePorts
  appInfoPorts: AppInfoPorts
  snapshotPorts: SnapshotPorts
  /** The same backups folder, for the automatic backups and the list. */
  backupFolderPorts: BackupFolderPorts
  /** The page confirmed its last backup before the window closes (see backups/finalBackup.ts). */
  onFinalBackupConfirmed(): void
  onLanguageChange(language: UiLanguage): void
  onMenuContextChange(context: MenuContext): void
  originMovePorts: OriginMovePorts
}

/** One handler per channel of the contract; `ChannelHandlers` fails to compile if one is missing. */
export function createHandlers(deps: HandlerDeps): ChannelHandlers {
  const listBackups = createBackupLister(deps.backupFolderPorts)
  return {
    'files:save-file': (args, { window }) => saveFile(args, deps.filePorts(window)),
    'files:open-file': (args, { window }) => openFile(args, deps.filePorts(window)),
    'app:get-info': async () => getAppInfo(deps.appInfoPorts),
    'backups:save-snapshot': (args) => saveSnapshot(args, deps.snapshotPorts),
    'backups:write-auto-backup': (args) => writeAutoBackup(args, deps.backupFolderPorts),
    'backups:list-backups': () => listBackups(),
    'backups:read-backup': (args) => readBackup(args, deps.backupFolderPorts),
    'backups:find-backups': (args) => findBackups(args, deps.backupFolderPorts),
    'backups:confirm-final-backup': async () => {
      deps.onFinalBackupConfirmed()
    },
    'app:set-language': async (language) => {
      deps.onLanguageChange(language)
    },
    'menu:set-context': async (context) => {
      deps.onMenuContextChange(context)
    },
    'app:get-origin-move': () => getOriginMove(deps.originMovePorts),
    'app:finish-origin-move': (args) => finishOriginMove(args, deps.originMovePorts),
  }
}
