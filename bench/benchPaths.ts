/** Where the large backup is written and read; bench/out/ is not committed. */
export const DEFAULT_BACKUP_PATH = 'bench/out/large-backup.json'
export const RESULTS_PATH = 'bench/results.md'
