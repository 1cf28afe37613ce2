import { useId, useState, type ReactElement, type ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
} from '@fluentui/react-components'
import { DiscardChangesDialog } from '../unsaved/DiscardChangesDialog'
import { useDelayedBusy } from '../useDelayedBusy'
import { useT } from '../useT'
import { EntityFormView, type EntityFormViewProps } from './EntityFormView'

const useStyles = makeStyles({
  surface: { maxWidth: '720px' },
  // Two-column forms with many fields (a visit's agenda item, a journey) need the room.
  wide: { maxWidth: '860px', width: 'calc(100vw - 48px)' },
})

export type FormDialogProps<F extends FieldValues, O> = Pick<
  EntityFormViewProps<F, O>,
  'form' | 'onSubmit'
> & {
  open: boolean
  title: string
  onCancel: () => void
  submitLabel?: string
  wide?: boolean
  children: ReactNode
}

/**
 * A small entity form in a modal: Enter saves, Esc or Cancel closes (asking first when there are
 * unsaved edits), errors as on pages.
 */
export function FormDialog<F extends FieldValues, O>(props: FormDialogProps<F, O>): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const formId = useId()
  const { isSubmitting: submitting, isDirty } = props.form.formState
  const spinner = useDelayedBusy(submitting)
  const [asking, setAsking] = useState(false)
  const cancel = (): void => {
    if (submitting) return
    if (isDirty) setAsking(true)
    else props.onCancel()
  }
  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_, data) => (data.open ? null : cancel())}
    >
      <DialogSurface className={props.wide ? styles.wide : styles.surface}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <EntityFormView
              id={formId}
              form={props.form}
              onSubmit={props.onSubmit}
              onCancel={props.onCancel}
              escapeCancels={false}
              hideActions
              ariaLabel={props.title}
            >
              {props.children}
            </EntityFormView>
          </DialogContent>
          <DialogActions>
            <Button
              type="submit"
              form={formId}
              appearance="primary"
              disabled={submitting}
              icon={spinner ? <Spinner size="tiny" /> : undefined}
            >
              {props.submitLabel ?? t('common.save')}
            </Button>
            <Button type="button" onClick={cancel} disabled={submitting}>
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
        {/* Inside the surface: Fluent stacks a nested dialog on top of this one. */}
        <DiscardChangesDialog
          open={asking}
          onKeepEditing={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false)
            props.onCancel()
          }}
        />
      </DialogSurface>
    </Dialog>
  )
}
