import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import type { EmergencyNumber } from '@shared/model/visit'

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: { display: 'contents' },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
})

/** The visit's emergency numbers as a two-column card: who, and the number to dial. */
export function EmergencyNumberList(props: { numbers: readonly EmergencyNumber[] }): ReactElement {
  const styles = useStyles()
  return (
    <ul className={styles.list}>
      {props.numbers.map((entry, index) => (
        <li key={`${index}-${entry.label}`} className={styles.item}>
          <span>{entry.label}</span>
          <span className={styles.number}>{entry.number}</span>
        </li>
      ))}
    </ul>
  )
}
