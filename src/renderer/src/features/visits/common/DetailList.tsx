import type { ReactElement, ReactNode } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
})

export type DetailEntry = { label: string; value: ReactNode }

/** Read-only fields as label/value pairs; empty values show the "none" dash. */
export function DetailList(props: { entries: DetailEntry[]; none: string }): ReactElement {
  const styles = useStyles()
  return (
    <dl className={styles.list}>
      {props.entries.map((entry) => (
        <div key={entry.label} style={{ display: 'contents' }}>
          <dt className={styles.term}>{entry.label}</dt>
          <dd className={styles.value}>
            {entry.value === '' || entry.value === null ? props.none : entry.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
