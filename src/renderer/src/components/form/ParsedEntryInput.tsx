import type { ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { Field, Input } from '@fluentui/react-components'
import { useT } from '../useT'
import { labelledMessage } from './issueText'
import type { FieldBinding } from './useFieldBinding'
import type { ParsedEntryBinding } from './useParsedEntry'

export type ParsedEntryInputProps<F extends FieldValues> = {
  binding: FieldBinding<F>
  entry: ParsedEntryBinding
  label: string
  placeholder: string
  /** Inside the field after the text, e.g. a calendar button. */
  after?: ReactElement
}

/** The text input of a parsed field; the parser's refusal, named by field, wins over the schema's. */
export function ParsedEntryInput<F extends FieldValues>(
  props: ParsedEntryInputProps<F>,
): ReactElement {
  const { t } = useT()
  const { field, fieldProps } = props.binding
  const { entry } = props
  const message = entry.refused
    ? labelledMessage(props.label, entry.refused, t)
    : fieldProps.validationMessage
  return (
    <Field {...fieldProps} validationState={message ? 'error' : 'none'} validationMessage={message}>
      <Input
        ref={field.ref}
        name={field.name}
        value={entry.shown}
        onChange={(_, d) => entry.onChange(d.value)}
        onBlur={entry.onBlur}
        onKeyDown={entry.onKeyDown}
        placeholder={props.placeholder}
        inputMode="text"
        autoComplete="off"
        contentAfter={props.after}
      />
    </Field>
  )
}
