import { useState, type ReactElement, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { ConfirmDialog } from './ConfirmDialog'
import { EmptyState } from './EmptyState'
import { LoadingState } from './LoadingState'
import { useDeletionUndo } from './DeletionUndo'
import { Page } from './Page'
import { PageHeader } from './PageHeader'
import { BackLink, RouteLink } from './RouteLink'
import { useLeaveWithoutAsking } from './unsaved/unsavedContext'
import { useT } from './useT'

type Trashable = { id: string; deletedAt: string | null }

export type TrashableEditPageProps<T extends Trashable> = {
  /** undefined while loading, null when missing (or new). */
  record: T | null | undefined
  isNew: boolean
  /** Where "back", "cancel" and moving to the trash lead. */
  listPath: string
  texts: { newTitle: string; backToList: string; notFound: string; inTrash: string }
  /** The page title and the name in the trash question. */
  nameOf: (record: T) => string
  subtitleOf?: (record: T) => string | undefined
  moveToTrash: (record: T) => Promise<unknown>
  /** More for the trash question, below "Move … to the trash?" (e.g. what the record is in). */
  trashNotice?: (record: T) => ReactNode
  /** The form for the record (null: a new one); `trashButton` belongs in its extra actions. */
  children: (record: T | null, trashButton: ReactNode) => ReactNode
}

/**
 * The frame of a /things/new and /things/:id page for records with a trash: loading, not found,
 * the header with its way back, the in-trash notice, and "Move to trash" with its question.
 */
export function TrashableEditPage<T extends Trashable>(
  props: TrashableEditPageProps<T>,
): ReactElement {
  const { record, isNew, listPath, texts, nameOf } = props
  const { t } = useT()
  const navigate = useNavigate()
  const { deleteWithUndo } = useDeletionUndo()
  const [trashing, setTrashing] = useState(false)
  const leaveWithoutAsking = useLeaveWithoutAsking()

  if (!isNew && record === undefined) return <LoadingState />
  if (!isNew && !record) {
    return (
      <Page narrow>
        <EmptyState
          title={texts.notFound}
          action={<RouteLink to={listPath}>{t('common.back')}</RouteLink>}
        />
      </Page>
    )
  }
  const current = record ?? null
  const inTrash = current?.deletedAt != null
  const name = current ? nameOf(current) : ''
  const trashButton =
    current && !inTrash ? (
      <Button icon={<DeleteRegular />} onClick={() => setTrashing(true)}>
        {t('common.moveToTrash')}
      </Button>
    ) : null

  return (
    <Page narrow>
      <PageHeader
        title={current ? name : texts.newTitle}
        subtitle={current && props.subtitleOf ? props.subtitleOf(current) : undefined}
        above={<BackLink to={listPath}>{texts.backToList}</BackLink>}
      />
      {inTrash ? (
        <MessageBar intent="warning">
          <MessageBarBody>{texts.inTrash}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.children(current, trashButton)}
      <ConfirmDialog
        open={trashing}
        title={t('common.moveToTrash')}
        confirmLabel={t('common.moveToTrash')}
        onCancel={() => setTrashing(false)}
        onConfirm={async () => {
          if (!current) return
          await deleteWithUndo('trashed', name, () => props.moveToTrash(current))
          // Confirming the trash already said goodbye to any edits in the form.
          leaveWithoutAsking()
          void navigate(listPath)
        }}
      >
        <p>{t('common.confirmDelete', { name })}</p>
        {trashing && current && props.trashNotice ? props.trashNotice(current) : null}
      </ConfirmDialog>
    </Page>
  )
}
