import {
  createContext,
  use,
  useCallback,
  useMemo,
  useRef,
  type ReactElement,
  type ReactNode,
} from 'react'
import {
  Button,
  Toast,
  ToastBody,
  ToastTitle,
  useToastController,
} from '@fluentui/react-components'
import type { JournalEntry } from '@shared/domain/undoPlan'
import { recordChanges, undoChanges } from '@renderer/db/changeJournal'
import { useDb } from '@renderer/db/DbContext'
import { errorText } from './errorText'
import { APP_TOASTER_ID, useNotify } from './notify'
import { noticeTimeout } from './noticeTimeout'
import { useT } from './useT'

/** What the toast says: deleted for good, moved to the trash, or taken off a visit. */
export type DeletionKind = 'deleted' | 'trashed' | 'removed'

type DeletionUndo = {
  /** Runs the deletion recorded, then offers its undo in a toast and on Ctrl+Z. */
  deleteWithUndo: (
    kind: DeletionKind,
    name: string,
    action: () => Promise<unknown>,
  ) => Promise<void>
  /** Undoes the last deletion; false when there is none. */
  undoLast: () => Promise<boolean>
}

const DeletionUndoContext = createContext<DeletionUndo | null>(null)

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)

/**
 * Keeps the last deletion's journal in memory only (it holds whole rows, personal data among
 * them, which must not outlive an erasure on disk) until it is undone or the next one replaces it.
 */
export function DeletionUndoProvider({ children }: { children: ReactNode }): ReactElement {
  const db = useDb()
  const { t, lang } = useT()
  const notify = useNotify()
  const { dispatchToast, dismissToast } = useToastController(APP_TOASTER_ID)
  const last = useRef<{ journal: JournalEntry[]; toastId: string } | null>(null)

  const undoLast = useCallback(async (): Promise<boolean> => {
    const pending = last.current
    if (!pending) return false
    last.current = null
    dismissToast(pending.toastId)
    try {
      await undoChanges(db, pending.journal, () => new Date())
      notify({ title: t('undo.restored') })
    } catch (error) {
      notify({ intent: 'error', title: t('undo.failed', { reason: errorText(error, t, lang) }) })
    }
    return true
  }, [db, dismissToast, notify, t, lang])

  const deleteWithUndo = useCallback(
    async (kind: DeletionKind, name: string, action: () => Promise<unknown>): Promise<void> => {
      const journal = await recordChanges(db, action)
      if (last.current) dismissToast(last.current.toastId)
      const toastId = crypto.randomUUID()
      last.current = { journal, toastId }
      const title = t(`undo.${kind}`, { name })
      dispatchToast(
        <Toast aria-label={title}>
          <ToastTitle
            action={
              <Button size="small" appearance="primary" onClick={() => void undoLast()}>
                {t('undo.action')}
              </Button>
            }
          >
            {title}
          </ToastTitle>
          <ToastBody>{t(isMac() ? 'undo.hintMac' : 'undo.hint')}</ToastBody>
        </Toast>,
        { toastId, intent: 'success', timeout: noticeTimeout(title, 'action') },
      )
    },
    [db, dismissToast, dispatchToast, t, undoLast],
  )

  const value = useMemo(() => ({ deleteWithUndo, undoLast }), [deleteWithUndo, undoLast])
  return <DeletionUndoContext value={value}>{children}</DeletionUndoContext>
}

export function useDeletionUndo(): DeletionUndo {
  const value = use(DeletionUndoContext)
  if (!value) throw new Error('useDeletionUndo outside DeletionUndoProvider')
  return value
}
