import { useState, type ReactElement, type ReactNode } from 'react'
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { DeleteRegular, EditRegular } from '@fluentui/react-icons'
import { ConfirmDialog, useDeletionUndo, useT } from '@renderer/components'
import type { SimpleColumn } from './SimpleTable'

const useStyles = makeStyles({ root: { display: 'flex', gap: tokens.spacingHorizontalXS } })

export type RowActionsProps = {
  /** What the row is called; the buttons are named "Bearbeiten: <name>" / "Löschen: <name>". */
  name: string
  onEdit?: () => void
  onDelete: () => Promise<void>
  /** "Entfernen" instead of "Löschen", for taking a person off a visit. */
  deleteKind?: 'delete' | 'remove'
  /** A row-specific action before Edit, e.g. "mark done". */
  leading?: ReactNode
}

/** Edit and delete icons of a table row; deleting asks first. */
export function RowActions({
  name,
  onEdit,
  onDelete,
  deleteKind = 'delete',
  leading,
}: RowActionsProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { deleteWithUndo } = useDeletionUndo()
  const [confirming, setConfirming] = useState(false)
  const deleteLabel = deleteKind === 'remove' ? t('common.remove') : t('common.delete')
  return (
    <span className={styles.root}>
      {leading}
      {onEdit ? (
        <Button
          size="small"
          appearance="subtle"
          icon={<EditRegular />}
          aria-label={t('visits.row.edit', { name })}
          title={t('common.edit')}
          onClick={onEdit}
        />
      ) : null}
      <Button
        size="small"
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={t(deleteKind === 'remove' ? 'visits.row.remove' : 'visits.row.delete', {
          name,
        })}
        title={deleteLabel}
        onClick={() => setConfirming(true)}
      />
      <ConfirmDialog
        open={confirming}
        title={deleteLabel}
        confirmLabel={deleteLabel}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await deleteWithUndo(deleteKind === 'remove' ? 'removed' : 'deleted', name, onDelete)
          setConfirming(false)
        }}
      >
        {deleteKind === 'remove'
          ? t('visits.row.confirmRemove', { name })
          : t('common.confirmDeletePermanent', { name })}
      </ConfirmDialog>
    </span>
  )
}

/** The last column of an editable visit list: edit and delete per row. */
export function rowActionsColumn<T>(
  header: string,
  actionsOf: (item: T) => RowActionsProps,
  width = '90px',
): SimpleColumn<T> {
  return { id: 'actions', header, width, render: (item) => <RowActions {...actionsOf(item)} /> }
}
