import type { ReactElement } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components'
import { useT } from '../useT'

export type DiscardChangesDialogProps = {
  open: boolean
  onDiscard: () => void
  onKeepEditing: () => void
}

/**
 * "Discard unsaved changes?" Keeping the edits is the first button and takes the focus, so Enter
 * or Esc never throws work away by accident.
 */
export function DiscardChangesDialog(props: DiscardChangesDialogProps): ReactElement {
  const { t } = useT()
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_, data) => (data.open ? null : props.onKeepEditing())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('unsaved.title')}</DialogTitle>
          <DialogContent>{t('unsaved.body')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onKeepEditing}>
              {t('unsaved.keepEditing')}
            </Button>
            <Button onClick={props.onDiscard}>{t('unsaved.discard')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
