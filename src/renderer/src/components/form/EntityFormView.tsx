import { useEffect, useRef, type KeyboardEvent, type ReactElement, type ReactNode } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { ValidationError } from '@shared/model/validation'
import { useReportUnsaved } from '../unsaved/unsavedContext'
import { errorText } from '../errorText'
import { useT } from '../useT'
import { FormLabelsContext, useLabelRegistry } from './FormLabels'
import { ErrorSummary } from './ErrorSummary'
import { flattenFieldErrors, issuesToFieldMessages } from './formErrors'
import { formIssueText } from './issueText'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    // Long forms keep Save in reach without scrolling to the end.
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
})

export type EntityFormViewProps<F extends FieldValues, O> = {
  form: UseFormReturn<F, unknown, O>
  /** Saves the parsed input; a thrown ValidationError lands on the named fields. */
  onSubmit: (input: O) => Promise<void>
  onCancel?: () => void
  /** Esc cancels; off inside a Dialog, which handles Esc itself. */
  escapeCancels?: boolean
  submitLabel?: string
  /** The accessible name of the form element. */
  ariaLabel: string
  /** Extra buttons next to Save / Cancel, e.g. "Move to trash". */
  extraActions?: ReactNode
  /** Dialogs render the buttons in DialogActions themselves. */
  hideActions?: boolean
  id?: string
  /** Screens that are a form (new/edit pages) put the cursor in the first field on opening. */
  focusFirstField?: boolean
  children: ReactNode
}

const FIRST_FIELD = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select'

/**
 * A form with the house behaviour: summary of errors, first invalid field focused, Enter saves,
 * and leaving with unsaved edits asks first (see UnsavedChangesGuard).
 */
export function EntityFormView<F extends FieldValues, O>(
  props: EntityFormViewProps<F, O>,
): ReactElement {
  const { form, onSubmit, onCancel, escapeCancels = true, submitLabel, ariaLabel } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const labels = useLabelRegistry()
  const { formState } = form
  const errors = flattenFieldErrors(formState.errors)
  const unsaved = useReportUnsaved(formState.isDirty)
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirst = props.focusFirstField === true
  useEffect(() => {
    if (focusFirst) formRef.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus()
  }, [focusFirst])

  const save = form.handleSubmit(async (input) => {
    unsaved.markSaving(true)
    try {
      await onSubmit(input)
    } catch (e) {
      unsaved.markSaving(false)
      if (e instanceof ValidationError) {
        const messages = issuesToFieldMessages(e.issues, form.getValues(), (issue) =>
          formIssueText(issue, t),
        )
        const names = Object.keys(messages)
        for (const name of names) {
          const m = messages[name]
          if (m) form.setError(name as Path<F>, { type: 'server', message: m.message })
        }
        const first = names.find((n) => n !== 'root')
        if (first) form.setFocus(first as Path<F>)
        return
      }
      form.setError('root', { type: 'server', message: errorText(e, t, lang) })
    }
  })

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key !== 'Escape' || !escapeCancels || !onCancel || event.defaultPrevented) return
    // An open dropdown closes on Esc; only a second Esc leaves the form.
    const target = event.target as HTMLElement
    if (target.getAttribute('aria-expanded') === 'true') return
    event.preventDefault()
    onCancel()
  }

  return (
    <FormLabelsContext.Provider value={labels}>
      <form
        ref={formRef}
        id={props.id}
        className={styles.form}
        aria-label={ariaLabel}
        noValidate
        onSubmit={(e) => void save(e)}
        onKeyDown={onKeyDown}
      >
        {formState.isSubmitted && errors.length > 0 ? (
          <ErrorSummary
            errors={errors}
            labels={labels}
            onFocusField={(name) => form.setFocus(name as Path<F>)}
          />
        ) : null}
        {props.children}
        {props.hideActions ? null : (
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              disabled={formState.isSubmitting}
              icon={formState.isSubmitting ? <Spinner size="tiny" /> : undefined}
            >
              {submitLabel ?? t('common.save')}
            </Button>
            {onCancel ? (
              <Button type="button" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            ) : null}
            {props.extraActions}
          </div>
        )}
      </form>
    </FormLabelsContext.Provider>
  )
}
