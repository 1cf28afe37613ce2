import type { ReactElement } from 'react'
import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components'

// Fluent's dropdown insists on 250px; in a filter bar it must shrink with its grid cell.
const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
  button: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
})

export type FilterSelectProps = {
  label: string
  /** '' means "all". */
  value: string
  allLabel: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
  className?: string
}

/** One list filter: a labelled dropdown whose first choice lifts the filter. */
export function FilterSelect(props: FilterSelectProps): ReactElement {
  const styles = useStyles()
  const options = [{ value: '', label: props.allLabel }, ...props.options]
  const selected = options.find((o) => o.value === props.value) ?? options[0]
  return (
    <Field label={props.label} className={props.className}>
      <Dropdown
        className={styles.dropdown}
        button={{ className: styles.button }}
        value={selected?.label ?? ''}
        selectedOptions={[props.value]}
        onOptionSelect={(_, data) => props.onChange(data.optionValue ?? '')}
      >
        {options.map((o) => (
          <Option key={o.value || '∅'} value={o.value}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
}
