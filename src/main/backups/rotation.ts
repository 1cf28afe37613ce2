// The names and the rule live in src/shared, since the browser fallback keeps the same folder in
// its Origin Private File System.
export { SNAPSHOTS_KEPT, snapshotFileName, snapshotsToPrune } from '@shared/backup/backupFiles'
export { autoBackupsToPrune } from '@shared/backup/autoBackupRotation'
