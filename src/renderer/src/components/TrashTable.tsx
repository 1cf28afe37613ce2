import { useState, type ReactElement } from 'react'
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowUndoRegular, DeleteRegular } from '@fluentui/react-icons'
import { formatInstant } from '@shared/dates'
import { ConfirmDialog } from './ConfirmDialog'
import { useDeletionUndo } from './DeletionUndo'
import { useNotify } from './notify'
import { useT } from './useT'
import { VirtualTable, type Column } from './VirtualTable'

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalXS } })

type Trashed = { id: string; deletedAt: string | null }

export type TrashTableProps<T extends Trashed> = {
  items: readonly T[]
  nameOf: (item: T) => string
  /** Extra columns between the name and the deletion time. */
  columns?: readonly Column<T>[]
  onRestore: (item: T) => Promise<void>
  onDeleteForever: (item: T) => Promise<void>
  ariaLabel: string
  /** Home time zone, so "deleted at" reads in the office's time. */
  timeZone: string
}

/** Trashed rows with Restore and Delete permanently (confirmed) per row. */
export function TrashTable<T extends Trashed>(props: TrashTableProps<T>): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const notify = useNotify()
  const { deleteWithUndo } = useDeletionUndo()
  const [purging, setPurging] = useState<T | null>(null)
  const columns: Column<T>[] = [
    { id: 'name', header: t('trash.name'), width: 'minmax(200px, 3fr)', render: props.nameOf },
    ...(props.columns ?? []),
    {
      id: 'deleted',
      header: t('trash.deletedAt'),
      width: '170px',
      render: (item) => (item.deletedAt ? formatInstant(item.deletedAt, props.timeZone, lang) : ''),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      width: '300px',
      render: (item) => (
        <span className={styles.actions}>
          <Button
            size="small"
            icon={<ArrowUndoRegular />}
            aria-label={t('trash.restoreNamed', { name: props.nameOf(item) })}
            onClick={() =>
              void props
                .onRestore(item)
                .then(() => notify({ title: t('common.restored'), body: props.nameOf(item) }))
            }
          >
            {t('common.restore')}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('trash.deleteForeverNamed', { name: props.nameOf(item) })}
            onClick={() => setPurging(item)}
          >
            {t('trash.deleteForever')}
          </Button>
        </span>
      ),
    },
  ]
  return (
    <>
      <VirtualTable
        items={props.items}
        columns={columns}
        getKey={(item) => item.id}
        ariaLabel={props.ariaLabel}
      />
      <ConfirmDialog
        open={purging !== null}
        title={t('trash.deleteForever')}
        confirmLabel={t('trash.deleteForever')}
        danger
        onCancel={() => setPurging(null)}
        onConfirm={async () => {
          if (!purging) return
          await deleteWithUndo('deleted', props.nameOf(purging), () =>
            props.onDeleteForever(purging),
          )
          setPurging(null)
        }}
      >
        <p>{t('common.confirmDeletePermanent', { name: purging ? props.nameOf(purging) : '' })}</p>
      </ConfirmDialog>
    </>
  )
}
