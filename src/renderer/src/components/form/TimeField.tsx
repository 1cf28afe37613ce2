import { useState, type KeyboardEvent, type ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { Field, Input } from '@fluentui/react-components'
import { parseTimeEntry, type TimeEntryError } from '@shared/domain/timeEntry'
import { useT, type TFunction } from '../useT'
import { labelledMessage } from './issueText'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'

export type TimeFieldProps<F extends FieldValues, O> = BaseFieldProps<F, O> & {
  /** The start a relative entry ("+45") counts from; null where none is allowed or known. */
  base?: string | null
  /** A problem found outside the field, e.g. a time the zone skips. */
  problem?: string | null
  /** Shown inside the field after the time, e.g. "+1 Tag". */
  after?: ReactElement
}

/** The parser's refusal as a sentence that says what would have worked. */
export function timeEntryMessage(error: TimeEntryError, text: string, t: TFunction): string {
  return t(`programmeEditor.timeEntry.${error}`, { text: text.trim() })
}

/**
 * Every time field of the app: typed the quick way ("930", "14", "+45"), read on leaving the field
 * or on Enter and then shown normalised, 24-hour in both languages ("09:30"), stored as "HH:MM".
 * Text that is no time stays as typed, with the reason.
 */
export function TimeField<F extends FieldValues, O>(props: TimeFieldProps<F, O>): ReactElement {
  const { t } = useT()
  const { field, fieldProps } = useFieldBinding(props)
  const [refused, setRefused] = useState<string | null>(null)
  const value = String(field.value ?? '')

  const commit = (): boolean => {
    const parsed = parseTimeEntry(value, { base: props.base ?? null })
    if (!parsed.ok) {
      setRefused(timeEntryMessage(parsed.error, value, t))
      return false
    }
    setRefused(null)
    if (parsed.time !== value) field.onChange(parsed.time)
    return true
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Enter saves the dialog, but only once the time reads as one.
    if (event.key === 'Enter' && !commit()) event.preventDefault()
  }

  const own = refused ?? props.problem ?? null
  const message = own ? labelledMessage(props.label, own, t) : fieldProps.validationMessage
  return (
    <Field {...fieldProps} validationState={message ? 'error' : 'none'} validationMessage={message}>
      <Input
        ref={field.ref}
        name={field.name}
        value={value}
        onChange={(_, d) => {
          setRefused(null)
          field.onChange(d.value)
        }}
        onBlur={() => {
          if (value.trim() !== '') commit()
          field.onBlur()
        }}
        onKeyDown={onKeyDown}
        inputMode="text"
        autoComplete="off"
        contentAfter={props.after}
      />
    </Field>
  )
}
