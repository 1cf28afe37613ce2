/** Where the large backup is written and read; bench/out/ is not committed. */
export const DEFAULT_BACKUP_PATH = 'bench/out/large-backup.json'
/** What bench/contacts.bench.ts writes; bench/results.md is the suite's own notes. */
export const RESULTS_PATH = 'bench/contacts-results.md'
