export {
  backupNow,
  confirmFinalBackupWhileIdle,
  refreshBackupLists,
  startAutoBackups,
  useBackupList,
} from './service'
export type { BackupList } from './service'
export {
  backupCountsText,
  backupKindText,
  backupReadRefusalText,
  backupSizeText,
} from './backupListText'
export { intervalFromSearch } from './scheduler'
export { ConnectionLostDialog } from './ConnectionLostDialog'
export { StartFailurePage, type StartFailure } from './StartFailurePage'
