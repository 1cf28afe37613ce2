import { useState } from 'react'
import { useNotify } from '../notify'
import { useT } from '../useT'

/** Where the rows go: a repository, or anything with its create and update. */
export type RowStore<R, I> = {
  create: (input: I) => Promise<R>
  update: (id: string, patch: I) => Promise<R>
}

/** What a row's form dialog needs; spread it into an EntityFormDialog-based dialog. */
export type RowDialogProps<V, I> = {
  title: string
  defaultValues: V
  onSave: (input: I) => Promise<void>
  onClose: () => void
}

export type RowEditor<R, V, I> = {
  /** Props for the dialog while one is open, else null: mount the dialog only when set. */
  dialog: RowDialogProps<V, I> | null
  /** The row being edited; null while a new one is being written (or nothing is open). */
  row: R | null
  startNew: (values: V) => void
  startEdit: (row: R) => void
}

export type RowEditorOptions<R, V> = {
  /** The form values of an existing row. */
  toValues: (row: R) => V
  newTitle: string
  editTitle: string
}

type Editing<R, V> = { row: R | null; values: V }

/**
 * The create-or-edit cycle of one kind of row in a dialog: which row is open with which values,
 * and saving through the store with a "Saved" notice.
 */
export function useRowEditor<R extends { id: string }, V, I>(
  store: RowStore<R, I>,
  options: RowEditorOptions<R, V>,
): RowEditor<R, V, I> {
  const { t } = useT()
  const notify = useNotify()
  const [editing, setEditing] = useState<Editing<R, V> | null>(null)
  const row = editing?.row ?? null

  const dialog: RowDialogProps<V, I> | null = editing
    ? {
        title: row ? options.editTitle : options.newTitle,
        defaultValues: editing.values,
        onSave: async (input) => {
          if (row) await store.update(row.id, input)
          else await store.create(input)
          notify({ title: t('common.saved') })
        },
        onClose: () => setEditing(null),
      }
    : null

  return {
    dialog,
    row,
    startNew: (values) => setEditing({ row: null, values }),
    startEdit: (existing) => setEditing({ row: existing, values: options.toValues(existing) }),
  }
}
