import type { ReactElement, ReactNode } from 'react'
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components'

const useStyles = makeStyles({ surface: { maxWidth: '860px', width: 'calc(100vw - 48px)' } })

export type FormDialogProps = {
  open: boolean
  title: string
  onClose: () => void
  /** The form itself (an EntityFormView with its own Save / Cancel). */
  children: ReactNode
}

/**
 * A modal for creating or editing one row of a visit. The form is only mounted while open, so
 * each opening starts from fresh default values.
 */
export function FormDialog({ open, title, onClose, children }: FormDialogProps): ReactElement {
  const styles = useStyles()
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? null : onClose())}>
      <DialogSurface className={styles.surface} aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{open ? children : null}</DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
