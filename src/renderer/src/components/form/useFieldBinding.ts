import {
  useController,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form'
import type { FieldProps } from '@fluentui/react-components'
import { useT } from '../useT'
import { useRegisterLabel } from './FormLabels'
import { labelledMessage } from './issueText'

export type BaseFieldProps<F extends FieldValues, O> = {
  control: Control<F, unknown, O>
  name: FieldPath<F>
  label: string
  required?: boolean
  hint?: string
  className?: string
}

export type FieldBinding<F extends FieldValues> = {
  field: ControllerRenderProps<F, FieldPath<F>>
  /** Props for Fluent's <Field>: label, error text naming the field, aria wiring. */
  fieldProps: Pick<FieldProps, 'label' | 'required' | 'hint' | 'validationState' | 'className'> & {
    validationMessage?: string
  }
}

/**
 * One field's react-hook-form state in Fluent terms. Fluent's Field sets aria-invalid and points
 * aria-describedby at the message, so screen readers hear "E-Mail: muss eine E-Mail-Adresse sein".
 */
export function useFieldBinding<F extends FieldValues, O>(
  props: BaseFieldProps<F, O>,
): FieldBinding<F> {
  const { t } = useT()
  useRegisterLabel(props.name, props.label)
  const { field, fieldState } = useController<F, FieldPath<F>, O>({
    control: props.control,
    name: props.name,
  })
  const message = fieldState.error?.message
  return {
    field,
    fieldProps: {
      label: props.label,
      required: props.required,
      hint: props.hint,
      className: props.className,
      validationState: message ? 'error' : 'none',
      validationMessage: message ? labelledMessage(props.label, message, t) : undefined,
    },
  }
}
