import type { ReactElement, ReactNode } from 'react'
import { Dropdown, Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components'
import { ChoiceOptions } from './form/ChoiceOptions'

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  search: { minWidth: '260px', flex: '1 1 260px', maxWidth: '420px' },
  select: { minWidth: '180px' },
  // Fluent's dropdown insists on 250px; in a grid cell it must shrink with the cell.
  shrinkingDropdown: { minWidth: 0, width: '100%' },
  // The button lays out as a grid, so the text needs its own box to be cut with an ellipsis.
  buttonText: { minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  count: { marginLeft: 'auto', color: tokens.colorNeutralForeground2, paddingBottom: '6px' },
})

/** A row of list filters with the number of matches on the right. */
export function FilterBar(props: {
  children: ReactNode
  count?: string
  /**
   * The search text the count (and the rows) belong to, as `data-count-for`: with a deferred
   * search the field runs ahead of the list, and the benchmark waits for the list to catch up.
   */
  countFor?: string
}): ReactElement {
  const styles = useStyles()
  return (
    <div className={styles.bar} role="search">
      {props.children}
      {props.count ? (
        <span className={styles.count} aria-live="polite" data-count-for={props.countFor}>
          {props.count}
        </span>
      ) : null}
    </div>
  )
}

/** The text filter; its label is also its accessible name ("Suchen"). */
export function SearchField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
}): ReactElement {
  const styles = useStyles()
  return (
    <Field label={props.label} className={styles.search}>
      <SearchBox
        value={props.value}
        placeholder={props.placeholder}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  )
}

export type FilterSelectProps = {
  label: string
  /** '' means "all". */
  value: string
  allLabel: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
  /** In a grid of filters: as wide as its cell, long choices cut with an ellipsis. */
  shrink?: boolean
}

/** One dropdown filter whose first choice lifts the filter. */
export function FilterSelect(props: FilterSelectProps): ReactElement {
  const styles = useStyles()
  const options = [{ value: '', label: props.allLabel }, ...props.options]
  const selected = options.find((o) => o.value === props.value) ?? options[0]
  return (
    <Field label={props.label} className={props.shrink ? undefined : styles.select}>
      <Dropdown
        className={props.shrink ? styles.shrinkingDropdown : undefined}
        button={{
          // A cut choice can still be read in full.
          title: selected?.label,
          children: <span className={styles.buttonText}>{selected?.label ?? ''}</span>,
        }}
        value={selected?.label ?? ''}
        selectedOptions={[props.value]}
        onOptionSelect={(_, data) => props.onChange(data.optionValue ?? '')}
      >
        <ChoiceOptions options={options} />
      </Dropdown>
    </Field>
  )
}
