import type { ReactElement } from 'react'
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components'
import type { MergePreview } from '@shared/backup'
import { TABLE_NAMES } from '@shared/model/tables'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  headerNumber: { justifyContent: 'flex-end' },
  changed: { fontWeight: tokens.fontWeightSemibold },
  total: { borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
})

const COLUMNS = ['added', 'updated', 'deleted', 'unchanged'] as const

/**
 * Per table: how many rows an import adds, changes, deletes and leaves alone, and the total; a
 * changed count is bold.
 */
export function MergePreviewTable({ preview }: { preview: MergePreview }): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const number = new Intl.NumberFormat(lang)
  // A table empty on both sides says nothing; the total still counts every table.
  const counts = TABLE_NAMES.map((table) => {
    const { added, updated, deleted, unchanged } = preview[table]
    return { table, values: [added.length, updated.length, deleted.length, unchanged] }
  }).filter(({ values }) => values.some((value) => value > 0))
  const totals = COLUMNS.map((_, i) => counts.reduce((sum, row) => sum + row.values[i]!, 0))
  return (
    <Table
      size="extra-small"
      aria-label={t('backupMerge.previewCaption')}
      data-testid="merge-preview"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('backupMerge.column.table')}</TableHeaderCell>
          {COLUMNS.map((column) => (
            <TableHeaderCell
              key={column}
              className={styles.number}
              button={{ className: styles.headerNumber }}
            >
              {t(`backupMerge.column.${column}`)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {counts.map(({ table, values }) => (
          <TableRow key={table} data-table={table}>
            <TableCell>{t(`settings.tables.${table}`)}</TableCell>
            {values.map((value, i) => (
              <TableCell
                key={COLUMNS[i]}
                className={`${styles.number} ${value > 0 && i < 3 ? styles.changed : ''}`}
              >
                {number.format(value)}
              </TableCell>
            ))}
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell className={styles.changed}>{t('backupMerge.total')}</TableCell>
          {totals.map((value, i) => (
            <TableCell key={COLUMNS[i]} className={`${styles.number} ${styles.changed}`}>
              {number.format(value)}
            </TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  )
}
