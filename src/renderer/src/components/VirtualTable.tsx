import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { usePrinting } from './usePrinting'
import { makeStyles, tokens } from '@fluentui/react-components'
import { nextRowIndex } from './tableKeys'
import { VirtualTableRow } from './VirtualTableRow'

export type Column<T> = {
  id: string
  header: string
  /** A CSS grid track: '2fr', '140px', 'minmax(120px, 1fr)'. */
  width: string
  render: (item: T) => ReactNode
}

export type VirtualTableProps<T> = {
  items: readonly T[]
  columns: readonly Column<T>[]
  getKey: (item: T) => string
  /** Enter or a click on the row (outside links and buttons) opens the item. */
  onOpen?: (item: T) => void
  ariaLabel: string
  rowHeight?: number
  /**
   * Rows keyed by their place instead of their item: when the items change (a search), each
   * row's elements are updated in place rather than replaced, which spares the browser styling
   * and laying out new rows. Only for cells that keep no state of their own.
   */
  rowsByPosition?: boolean
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    flex: '1 1 auto',
    minHeight: '240px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  header: {
    display: 'grid',
    flexShrink: 0,
    overflow: 'hidden',
    scrollbarGutter: 'stable',
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  scroller: { flex: '1 1 auto', overflowY: 'auto', scrollbarGutter: 'stable', minHeight: 0 },
  row: {
    display: 'grid',
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    alignItems: 'center',
    cursor: 'pointer',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus': { backgroundColor: tokens.colorNeutralBackground1Selected },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalM}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  headerCell: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
})

/**
 * A keyboard-navigable, virtualised table: only visible rows are in the DOM, so 20,000 contacts
 * scroll and filter at once. Arrow keys, Page Up/Down, Home/End move; Enter opens.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>): ReactElement {
  const { items, columns, getKey, onOpen, ariaLabel, rowHeight = 44, rowsByPosition } = props
  const styles = useStyles()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const focusPending = useRef(false)
  const template = columns.map((c) => c.width).join(' ')
  const activeIndex = Math.min(active, Math.max(0, items.length - 1))

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  })

  useEffect(() => {
    if (!focusPending.current) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)
    if (row) {
      focusPending.current = false
      row.focus()
    }
  })

  const printing = usePrinting()
  const onScreen = virtualizer.getVirtualItems()
  // On paper every row is printed, in the flow, so pages break between rows.
  const virtualRows = printing ? items.map((_, index) => ({ index, start: 0 })) : onScreen
  // The active row may be scrolled out of the DOM; Tab must still reach the table.
  const tabbable = virtualRows.some((v) => v.index === activeIndex)
    ? activeIndex
    : (virtualRows[0]?.index ?? -1)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'row') return
    if (event.key === 'Enter') {
      const item = items[Number(target.dataset.index ?? activeIndex)]
      if (item && onOpen) {
        event.preventDefault()
        onOpen(item)
      }
      return
    }
    const pageSize = Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1
    const current = Number(target.dataset.index ?? activeIndex)
    const next = nextRowIndex(event.key, current, items.length, pageSize)
    if (next === null) return
    event.preventDefault()
    setActive(next)
    focusPending.current = true
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  // Stable while onOpen is, so memoised rows are not rendered again for a new handler.
  const onRowClick = useCallback(
    (event: MouseEvent, index: number, item: T): void => {
      setActive(index)
      if ((event.target as HTMLElement).closest('a,button,input,[role="checkbox"]')) return
      onOpen?.(item)
    },
    [onOpen],
  )

  return (
    <div
      className={styles.root}
      role="table"
      aria-label={ariaLabel}
      aria-rowcount={items.length + 1}
    >
      <div
        className={styles.header}
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template }}
      >
        {columns.map((c) => (
          <div key={c.id} role="columnheader" className={styles.headerCell} title={c.header}>
            {c.header}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={styles.scroller} role="rowgroup" onKeyDown={onKeyDown}>
        <div style={printing ? {} : { height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((v) => {
            const item = items[v.index]
            if (item === undefined) return null
            return (
              <VirtualTableRow
                key={rowsByPosition ? v.index : getKey(item)}
                item={item}
                index={v.index}
                start={printing ? null : v.start}
                height={rowHeight}
                template={template}
                columns={columns}
                tabbable={v.index === tabbable}
                rowClass={styles.row}
                cellClass={styles.cell}
                onRowClick={onRowClick}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
