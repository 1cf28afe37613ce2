import { useCallback } from 'react'
import type { ChangedRow } from '@renderer/db/contactMergeStore'
import { errorText, useNotify, useT, type TFunction } from '@renderer/components'
import { useDataOperations } from '@renderer/db/useDataOperations'

/** "contact Anna Berg, programme item Lunch": what was edited since, as the refusal names it. */
export function changedRowsText(rows: readonly ChangedRow[], t: TFunction): string {
  return [...new Set(rows.map((row) => t(`privacy.undo.table.${row.table}`, { label: row.label })))]
    .map((text) => text.trim())
    .join(', ')
}

/** Undoes the last merge and says what happened: undone, refused (naming what changed) or failed. */
export function useUndoLastMerge(): () => Promise<void> {
  const { t, lang } = useT()
  const notify = useNotify()
  const { contactMerge } = useDataOperations()
  return useCallback(async () => {
    try {
      const result = await contactMerge.undoLastMerge()
      if (result.ok) return notify({ title: t('privacy.undo.done') })
      notify({
        intent: 'error',
        title:
          result.changed.length === 0
            ? t('privacy.undo.none')
            : t('privacy.undo.refused', { rows: changedRowsText(result.changed, t) }),
      })
    } catch (error) {
      notify({ intent: 'error', title: errorText(error, t, lang) })
    }
  }, [contactMerge, notify, t, lang])
}
