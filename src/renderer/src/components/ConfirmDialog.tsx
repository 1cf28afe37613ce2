import { useId, useState, type FormEvent, type ReactElement, type ReactNode } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { errorText } from './errorText'
import { useDelayedBusy } from './useDelayedBusy'
import { useT } from './useT'

export type ConfirmDialogProps = {
  open: boolean
  title: string
  children?: ReactNode
  /** Name of the confirming button, e.g. common.delete; tests find it by this name. */
  confirmLabel: string
  /** Red-ish primary button for destructive actions. */
  danger?: boolean
  /** When set, the button stays disabled until this exact word is typed (case-insensitive). */
  requireWord?: string
  /** Label of the word field, e.g. "Type DELETE to confirm". */
  requireWordLabel?: string
  onConfirm: () => Promise<void> | void
  onCancel: () => void
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    ':hover': { backgroundColor: tokens.colorStatusDangerForeground1 },
    ':hover:active': { backgroundColor: tokens.colorStatusDangerForeground1 },
  },
})

/** A modal yes/no; Esc or Cancel closes it, Enter confirms, and a failing action shows why. */
export function ConfirmDialog(props: ConfirmDialogProps): ReactElement {
  const { open, title, children, confirmLabel, danger, requireWord, requireWordLabel } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const [word, setWord] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const spinner = useDelayedBusy(busy)
  const formId = useId()
  const wordOk =
    requireWord === undefined || word.trim().toLowerCase() === requireWord.toLowerCase()

  const close = (): void => {
    if (busy) return
    setWord('')
    setError(null)
    props.onCancel()
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!wordOk || busy) return
    setBusy(true)
    setError(null)
    try {
      await props.onConfirm()
      setWord('')
    } catch (e) {
      setError(errorText(e, t, lang))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => (data.open ? null : close())}>
      <DialogSurface>
        <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {children}
              {requireWord !== undefined ? (
                <Field label={requireWordLabel ?? requireWord} required>
                  <Input value={word} onChange={(_, d) => setWord(d.value)} autoComplete="off" />
                </Field>
              ) : null}
              {error ? (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                disabled={!wordOk || busy}
                icon={spinner ? <Spinner size="tiny" /> : undefined}
                className={danger ? styles.danger : undefined}
              >
                {confirmLabel}
              </Button>
              <Button type="button" onClick={close} disabled={busy}>
                {t('common.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
