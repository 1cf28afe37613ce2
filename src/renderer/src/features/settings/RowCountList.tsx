import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import type { TableName } from '@shared/model/tables'
import { useT } from '@renderer/components'
import { countRows } from './backupFlow'

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', margin: 0 },
})

/** Rows per table, e.g. what a backup holds ("Kontakte 1,204"). */
export function RowCountList({ counts }: { counts: Record<TableName, number> }): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const number = new Intl.NumberFormat(lang)
  return (
    <dl className={styles.list} data-testid="row-counts">
      {countRows(counts).map(([table, count]) => (
        <div key={table} style={{ display: 'contents' }}>
          <dt>{t(`settings.tables.${table}`)}</dt>
          <dd className={styles.count}>{number.format(count)}</dd>
        </div>
      ))}
    </dl>
  )
}
