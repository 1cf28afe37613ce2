import { useMemo, useState, type ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import {
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  Switch,
  Textarea,
  type InputProps,
} from '@fluentui/react-components'
import { searchOptions } from '@shared/search/options'
import type { SearchKey } from '@shared/search/searchKey'
import { ChoiceOptions, NoMatchesOption } from './ChoiceOptions'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'

/**
 * A choice. `searchKey` lets a searchable field find it by more than its label (a person by
 * native-script name, organization, city, tags), ranked by the shared search.
 */
export type FieldOption = { value: string; label: string; searchKey?: SearchKey }

export type TextFieldProps<F extends FieldValues, O> = BaseFieldProps<F, O> & {
  type?: InputProps['type']
  inputMode?: InputProps['inputMode']
  placeholder?: string
  autoComplete?: string
  maxLength?: number
}

export function TextField<F extends FieldValues, O>(props: TextFieldProps<F, O>): ReactElement {
  const { field, fieldProps } = useFieldBinding(props)
  return (
    <Field {...fieldProps}>
      <Input
        ref={field.ref}
        name={field.name}
        value={String(field.value ?? '')}
        onChange={(_, d) => field.onChange(d.value)}
        onBlur={field.onBlur}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        maxLength={props.maxLength}
      />
    </Field>
  )
}

export function TextAreaField<F extends FieldValues, O>(
  props: BaseFieldProps<F, O> & { rows?: number },
): ReactElement {
  const { field, fieldProps } = useFieldBinding(props)
  return (
    <Field {...fieldProps}>
      <Textarea
        ref={field.ref}
        name={field.name}
        value={String(field.value ?? '')}
        onChange={(_, d) => field.onChange(d.value)}
        onBlur={field.onBlur}
        rows={props.rows ?? 3}
        resize="vertical"
      />
    </Field>
  )
}

/** A closed list (status, kind …). `emptyLabel` adds a "none" choice with the value ''. */
export function SelectField<F extends FieldValues, O>(
  props: BaseFieldProps<F, O> & { options: readonly FieldOption[]; emptyLabel?: string },
): ReactElement {
  const { field, fieldProps } = useFieldBinding(props)
  const value = String(field.value ?? '')
  const options = props.emptyLabel
    ? [{ value: '', label: props.emptyLabel }, ...props.options]
    : props.options
  const selected = options.find((o) => o.value === value)
  return (
    <Field {...fieldProps}>
      <Dropdown
        ref={field.ref}
        name={field.name}
        value={selected?.label ?? ''}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => field.onChange(d.optionValue ?? '')}
        onBlur={field.onBlur}
      >
        <ChoiceOptions options={options} />
      </Dropdown>
    </Field>
  )
}

const MAX_SHOWN_OPTIONS = 60

/**
 * A searchable choice for long lists (time zones, organizations, people), searched and ranked
 * like the contacts list. Only the first matches are rendered so thousands of options stay fast;
 * with `freeform` typed text is kept as the value.
 */
export function ComboField<F extends FieldValues, O>(
  props: BaseFieldProps<F, O> & {
    options: readonly FieldOption[]
    freeform?: boolean
    emptyLabel?: string
    placeholder?: string
  },
): ReactElement {
  const { field, fieldProps } = useFieldBinding(props)
  const value = String(field.value ?? '')
  const labelOf = (v: string): string =>
    props.options.find((o) => o.value === v)?.label ?? (props.freeform ? v : '')
  const [query, setQuery] = useState<string | null>(null)
  const shown = useMemo(
    () => searchOptions(props.options, query ?? '', MAX_SHOWN_OPTIONS),
    [props.options, query],
  )

  return (
    <Field {...fieldProps}>
      <Combobox
        ref={field.ref}
        name={field.name}
        freeform={props.freeform}
        placeholder={props.placeholder ?? props.emptyLabel}
        value={query ?? labelOf(value)}
        selectedOptions={value ? [value] : []}
        onChange={(e) => {
          setQuery(e.target.value)
          if (props.freeform) field.onChange(e.target.value)
        }}
        onOptionSelect={(_, d) => {
          // Typing that no longer matches clears the selection; the typed text stays in view.
          if (d.optionValue === undefined) {
            if (!props.freeform) field.onChange('')
            return
          }
          setQuery(null)
          field.onChange(d.optionValue)
        }}
        onBlur={() => {
          setQuery(null)
          field.onBlur()
        }}
      >
        {props.emptyLabel ? <Option value="">{props.emptyLabel}</Option> : null}
        <ChoiceOptions options={shown} />
        {shown.length === 0 ? <NoMatchesOption /> : null}
      </Combobox>
    </Field>
  )
}

export function SwitchField<F extends FieldValues, O>(props: BaseFieldProps<F, O>): ReactElement {
  const { field, fieldProps } = useFieldBinding(props)
  return (
    <Field {...fieldProps} label={undefined}>
      <Switch
        ref={field.ref}
        name={field.name}
        label={props.label}
        checked={Boolean(field.value)}
        onChange={(_, d) => field.onChange(d.checked)}
        onBlur={field.onBlur}
      />
    </Field>
  )
}
