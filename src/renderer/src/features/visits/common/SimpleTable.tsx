import type { ReactElement, ReactNode } from 'react'
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components'

export type SimpleColumn<T> = {
  id: string
  header: string
  render: (item: T) => ReactNode
  width?: string
}

const useStyles = makeStyles({
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  warn: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  danger: { backgroundColor: tokens.colorPaletteRedBackground1 },
})

export type SimpleTableProps<T> = {
  items: readonly T[]
  columns: readonly SimpleColumn<T>[]
  getKey: (item: T) => string
  ariaLabel: string
  /** Highlights a row: 'warning' (yellow) or 'danger' (red). */
  rowTone?: (item: T) => 'warning' | 'danger' | null
}

/** A short, fully rendered table for the rows of one visit (tens, not thousands). */
export function SimpleTable<T>(props: SimpleTableProps<T>): ReactElement {
  const styles = useStyles()
  return (
    <Table size="small" aria-label={props.ariaLabel}>
      <TableHeader>
        <TableRow>
          {props.columns.map((c) => (
            <TableHeaderCell key={c.id} style={c.width ? { width: c.width } : undefined}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.items.map((item) => {
          const tone = props.rowTone?.(item) ?? null
          return (
            <TableRow
              key={props.getKey(item)}
              className={mergeClasses(
                tone === 'warning' && styles.warn,
                tone === 'danger' && styles.danger,
              )}
            >
              {props.columns.map((c) => (
                <TableCell key={c.id} className={styles.cell}>
                  {c.render(item)}
                </TableCell>
              ))}
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
