import { useCallback, useEffect, useRef, type ReactElement, type ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import { FormDialog } from './FormDialog'
import { useEntityForm, type EntityForm } from './useEntityForm'

export type EntityFormDialogProps<F extends FieldValues, S extends z.ZodType> = {
  title: string
  schema: S
  /** May be an inline function: the form always converts with the latest one. */
  toCandidate: (values: F) => unknown
  defaultValues: F
  /** Saves the parsed input; the dialog closes afterwards, or shows a ValidationError. */
  onSave: (input: z.output<S>) => Promise<void>
  onClose: () => void
  submitLabel?: string
  wide?: boolean
  /** The fields, given the form they bind to. */
  children: (form: EntityForm<F, S>) => ReactNode
}

/**
 * A FormDialog that owns its form. Mount it only while it is open, so every opening starts from
 * `defaultValues` instead of what the last one left behind.
 */
export function EntityFormDialog<F extends FieldValues, S extends z.ZodType>(
  props: EntityFormDialogProps<F, S>,
): ReactElement {
  const { toCandidate, onSave, onClose } = props
  const latestToCandidate = useRef(toCandidate)
  useEffect(() => {
    latestToCandidate.current = toCandidate
  }, [toCandidate])
  // A stable converter keeps the form's resolver from being rebuilt on every render.
  const stableToCandidate = useCallback((values: F) => latestToCandidate.current(values), [])
  const form = useEntityForm({
    schema: props.schema,
    toCandidate: stableToCandidate,
    defaultValues: props.defaultValues,
  })
  return (
    <FormDialog
      open
      title={props.title}
      form={form}
      submitLabel={props.submitLabel}
      wide={props.wide}
      onCancel={onClose}
      onSubmit={async (input) => {
        await onSave(input)
        onClose()
      }}
    >
      {props.children(form)}
    </FormDialog>
  )
}
