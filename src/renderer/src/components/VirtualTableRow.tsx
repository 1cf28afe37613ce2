import { memo, type MouseEvent, type ReactElement, type ReactNode } from 'react'

/** What a row needs of a column (see VirtualTable's Column). */
type RowColumn<T> = { id: string; render: (item: T) => ReactNode }

export type VirtualTableRowProps<T> = {
  item: T
  index: number
  /** Offset from the top of the list; null on paper, where rows stand in the flow. */
  start: number | null
  height: number
  template: string
  columns: readonly RowColumn<T>[]
  tabbable: boolean
  rowClass: string
  cellClass: string
  onRowClick: (event: MouseEvent, index: number, item: T) => void
}

function Row<T>(props: VirtualTableRowProps<T>): ReactElement {
  const { item, index, start, height, template } = props
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={props.tabbable ? 0 : -1}
      className={props.rowClass}
      style={
        start === null
          ? { gridTemplateColumns: template, position: 'static', minHeight: height }
          : { gridTemplateColumns: template, height, transform: `translateY(${start}px)` }
      }
      onClick={(e) => props.onRowClick(e, index, item)}
    >
      {props.columns.map((c) => (
        <div key={c.id} role="cell" className={props.cellClass}>
          {c.render(item)}
        </div>
      ))}
    </div>
  )
}

/**
 * One table row, rendered again only when one of its props changed: while a search keeps a row
 * at its place (or scrolling keeps it on screen), React skips it and its Fluent link.
 */
export const VirtualTableRow = memo(Row) as <T>(props: VirtualTableRowProps<T>) => ReactElement
