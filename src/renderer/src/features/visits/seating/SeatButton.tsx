import type { DragEvent, KeyboardEvent, ReactElement } from 'react'
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components'
import { WarningFilled } from '@fluentui/react-icons'

const useStyles = makeStyles({
  seat: {
    position: 'absolute',
    transform: 'translate(-50%, -50%)',
    width: '92px',
    minHeight: '40px',
    padding: '2px 4px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    textAlign: 'center',
    overflow: 'hidden',
  },
  host: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  guest: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  empty: { color: tokens.colorNeutralForeground4, ...shorthands.borderStyle('dashed') },
  behind: { width: '80px', minHeight: '28px', fontStyle: 'italic' },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}` },
  warned: { border: `2px solid ${tokens.colorPaletteRedBorder2}` },
  icon: { color: tokens.colorPaletteRedForeground1, verticalAlign: 'middle' },
  number: { display: 'block', color: tokens.colorNeutralForeground3 },
})

export type SeatButtonProps = {
  x: number
  y: number
  number: string
  name: string | null
  side: 'host' | 'guest' | null
  behind: boolean
  selected: boolean
  warned: boolean
  label: string
  focusable: boolean
  seatId: string
  onActivate(): void
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void
  onDragStart(event: DragEvent<HTMLButtonElement>): void
  onDrop(event: DragEvent<HTMLButtonElement>): void
  onFocus(): void
}

/** One chair: a button at its place around the table, draggable when someone sits there. */
export function SeatButton(props: SeatButtonProps): ReactElement {
  const styles = useStyles()
  return (
    <button
      type="button"
      data-seat={props.seatId}
      className={mergeClasses(
        styles.seat,
        props.side === 'host' && styles.host,
        props.side === 'guest' && styles.guest,
        props.name === null && styles.empty,
        props.behind && styles.behind,
        props.selected && styles.selected,
        props.warned && styles.warned,
      )}
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      aria-label={props.label}
      aria-pressed={props.selected}
      tabIndex={props.focusable ? 0 : -1}
      draggable={props.name !== null}
      onClick={props.onActivate}
      onKeyDown={props.onKeyDown}
      onDragStart={props.onDragStart}
      onDragOver={(e) => e.preventDefault()}
      onDrop={props.onDrop}
      onFocus={props.onFocus}
    >
      <span className={styles.number}>
        {props.number}
        {props.warned ? <WarningFilled className={styles.icon} aria-hidden /> : null}
      </span>
      {props.name ?? '—'}
    </button>
  )
}
