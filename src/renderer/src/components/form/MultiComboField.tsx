import { useMemo, useState, type ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import {
  Combobox,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  Tag,
  TagGroup,
  tokens,
} from '@fluentui/react-components'
import { isKnownLabel, searchOptions } from '@shared/search/options'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'
import { useT } from '../useT'
import { ChoiceOptions, NoMatchesOption } from './ChoiceOptions'
import type { FieldOption } from './fields'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tags: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
})

/** Option value of the "add what I typed" entry; no real id or theme looks like this. */
const ADD_TYPED = '\u0000add'
const MAX_SHOWN = 60

export type MultiComboFieldProps<F extends FieldValues, O> = BaseFieldProps<F, O> & {
  options: readonly FieldOption[]
  /** Typed text may be added as a value of its own (free themes). */
  allowFree?: boolean
  placeholder?: string
}

/**
 * Several choices from a long list: type to filter, pick with Enter or a click, chosen values are
 * tags below that can be removed.
 */
export function MultiComboField<F extends FieldValues, O>(
  props: MultiComboFieldProps<F, O>,
): ReactElement {
  const { options, allowFree, placeholder } = props
  const { t } = useT()
  const styles = useStyles()
  const { field, fieldProps } = useFieldBinding(props)
  const selected = useMemo<string[]>(
    () => (Array.isArray(field.value) ? (field.value as string[]) : []),
    [field.value],
  )
  const [query, setQuery] = useState('')

  const labelOf = (value: string): string => options.find((o) => o.value === value)?.label ?? value
  const typed = query.trim()
  const shown = useMemo(() => searchOptions(options, query, MAX_SHOWN), [options, query])
  const canAdd =
    Boolean(allowFree && typed) &&
    !isKnownLabel([...options.map((o) => o.label), ...selected.map(labelOf)], typed)

  const setSelected = (values: string[]): void => {
    field.onChange(values)
  }

  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <Field {...fieldProps} className={undefined}>
        <Combobox
          ref={field.ref}
          name={field.name}
          multiselect
          freeform={allowFree}
          placeholder={placeholder}
          value={query}
          selectedOptions={selected}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, data) => {
            if (data.optionValue === ADD_TYPED) setSelected([...selected, query.trim()])
            else setSelected(data.selectedOptions.filter((v) => v !== ADD_TYPED))
            setQuery('')
          }}
          onBlur={() => {
            setQuery('')
            field.onBlur()
          }}
        >
          <ChoiceOptions options={shown} />
          {canAdd ? (
            <Option value={ADD_TYPED} text={query.trim()}>
              {t('forms.addTyped', { text: query.trim() })}
            </Option>
          ) : null}
          {shown.length === 0 && !canAdd ? <NoMatchesOption /> : null}
        </Combobox>
      </Field>
      {selected.length > 0 ? (
        <TagGroup
          className={styles.tags}
          aria-label={t('forms.chosen', { label: props.label })}
          onDismiss={(_, data) => setSelected(selected.filter((v) => v !== data.value))}
        >
          {selected.map((value) => (
            <Tag
              key={value}
              value={value}
              size="small"
              shape="circular"
              dismissible
              dismissIcon={{
                'aria-label': t('forms.removeChoice', { name: labelOf(value) }),
              }}
            >
              {labelOf(value)}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
    </div>
  )
}
