import type { ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import type { FieldOption } from './fields'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'

/** A short closed choice shown all at once, where a dropdown would hide what the other one is. */
export function RadioGroupField<F extends FieldValues, O>(
  props: BaseFieldProps<F, O> & { options: readonly FieldOption[]; layout?: 'horizontal' },
): ReactElement {
  const { field, fieldProps } = useFieldBinding(props)
  return (
    <Field {...fieldProps}>
      <RadioGroup
        ref={field.ref}
        name={field.name}
        layout={props.layout}
        value={String(field.value ?? '')}
        onChange={(_, d) => field.onChange(d.value)}
        onBlur={field.onBlur}
      >
        {props.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    </Field>
  )
}
