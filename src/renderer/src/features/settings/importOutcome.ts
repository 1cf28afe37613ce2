import type { MergePreview } from '@shared/backup'
import { TABLE_NAMES } from '@shared/model/tables'
import type { ImportProgress } from '@renderer/db/dataOperations'
import type { TFunction } from '@renderer/components'
import type { ProgressState } from './BackupProgress'

/** Rows added, updated and deleted over all tables, for the message after an import. */
export function changeTotals(preview: MergePreview): {
  added: number
  updated: number
  deleted: number
} {
  const sum = (pick: (table: (typeof TABLE_NAMES)[number]) => number): number =>
    TABLE_NAMES.reduce((total, table) => total + pick(table), 0)
  return {
    added: sum((table) => preview[table].added.length),
    updated: sum((table) => preview[table].updated.length),
    deleted: sum((table) => preview[table].deleted.length),
  }
}

/** The import's progress as the sentence and bar the dialog shows. */
export function importProgressState(progress: ImportProgress, t: TFunction): ProgressState {
  const label =
    progress.step === 'writing' && progress.table
      ? t('backupMerge.step.writing', { table: t(`settings.tables.${progress.table}`) })
      : t(`backupMerge.step.${progress.step}`)
  return { label, done: progress.done, total: progress.total }
}
