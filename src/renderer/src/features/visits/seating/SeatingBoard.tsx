import { useMemo, useState, type DragEvent, type KeyboardEvent, type ReactElement } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import type { Place, SeatingGuest } from '@shared/domain/seating'
import type { SeatAssignment, SeatingTable } from '@shared/model/seatingPlan'
import { useT } from '@renderer/components'
import { SeatButton } from './SeatButton'
import { screenTables, type ScreenPlace } from './seatingPlaces'

const useStyles = makeStyles({
  board: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  table: { position: 'relative', flexShrink: 0 },
  surface: {
    position: 'absolute',
    border: `2px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground3,
  },
  unseated: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
})

export type SeatingBoardProps = {
  tables: readonly SeatingTable[]
  assignments: readonly SeatAssignment[]
  guests: readonly SeatingGuest[]
  nameOf(contactId: string): string
  warned: ReadonlySet<string>
  onMove(contactId: string, to: Place): void
  announce(text: string): void
}

/**
 * The tables drawn from above, host at the top. Mouse: drag a person onto another seat. Keyboard:
 * arrows walk the seats, Enter or Space picks the person up and Enter on another seat puts them
 * there (swapping with whoever sat there); Escape puts them back. Each move is announced.
 */
export function SeatingBoard(props: SeatingBoardProps): ReactElement {
  const styles = useStyles()
  const { t } = useT()
  const boxes = useMemo(
    () => screenTables(props.tables, props.assignments),
    [props.tables, props.assignments],
  )
  const places = boxes.flatMap((b) => b.places)
  const [focus, setFocus] = useState(0)
  const [picked, setPicked] = useState<string | null>(null)
  const seated = new Set(props.assignments.map((a) => a.contactId))
  const unseated = props.guests.filter((g) => !seated.has(g.contactId))
  const sideOf = (id: string): 'host' | 'guest' | null =>
    props.guests.find((g) => g.contactId === id)?.side ?? null

  const where = (p: ScreenPlace): string =>
    t(p.behind ? 'seating.place.behind' : 'seating.place.seat', {
      table: props.tables[p.tableIndex]?.label ?? String(p.tableIndex + 1),
      seat: p.seat + 1,
    })
  const labelOf = (p: ScreenPlace): string => {
    const who = p.occupant ? props.nameOf(p.occupant.contactId) : t('seating.place.empty')
    const honour = p.honour === 0 && !p.behind ? `, ${t('seating.place.honour')}` : ''
    const warn =
      p.occupant && props.warned.has(p.occupant.contactId) ? `, ${t('seating.place.warned')}` : ''
    return `${where(p)}${honour}: ${who}${warn}`
  }
  const drop = (contactId: string, p: ScreenPlace): void => {
    const other = p.occupant && p.occupant.contactId !== contactId ? p.occupant.contactId : null
    props.onMove(contactId, { tableId: p.tableId, seat: p.seat, behind: p.behind })
    props.announce(
      other
        ? t('seating.announce.swapped', {
            name: props.nameOf(contactId),
            other: props.nameOf(other),
            place: where(p),
          })
        : t('seating.announce.moved', { name: props.nameOf(contactId), place: where(p) }),
    )
    setPicked(null)
  }
  const activate = (p: ScreenPlace): void => {
    if (picked) drop(picked, p)
    else if (p.occupant) {
      setPicked(p.occupant.contactId)
      props.announce(t('seating.announce.picked', { name: props.nameOf(p.occupant.contactId) }))
    }
  }
  const focusAt = (index: number): void => {
    const next = (index + places.length) % places.length
    setFocus(next)
    document.querySelector<HTMLButtonElement>(`[data-seat="${places[next]?.id}"]`)?.focus()
  }
  const onKeyDown = (index: number) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focusAt(index + 1)
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focusAt(index - 1)
    else if (e.key === 'Home') focusAt(0)
    else if (e.key === 'End') focusAt(places.length - 1)
    else if (e.key === 'Escape' && picked) {
      setPicked(null)
      props.announce(t('seating.announce.cancelled'))
    } else return
    e.preventDefault()
  }
  const onDragStart = (contactId: string | undefined) => (e: DragEvent<HTMLElement>) => {
    if (!contactId) return
    e.dataTransfer.setData('text/plain', contactId)
    e.dataTransfer.effectAllowed = 'move'
  }
  const onDrop = (p: ScreenPlace) => (e: DragEvent<HTMLButtonElement>) => {
    e.preventDefault()
    const id = e.dataTransfer.getData('text/plain')
    if (id) drop(id, p)
  }

  return (
    <>
      {unseated.length > 0 ? (
        <div className={styles.unseated} role="group" aria-label={t('seating.unseated')}>
          <Text weight="semibold">{t('seating.unseated')}:</Text>
          {unseated.map((g) => (
            <Button
              key={g.contactId}
              size="small"
              draggable
              aria-pressed={picked === g.contactId}
              appearance={picked === g.contactId ? 'primary' : 'secondary'}
              onDragStart={onDragStart(g.contactId)}
              onClick={() => {
                setPicked(g.contactId)
                props.announce(t('seating.announce.picked', { name: props.nameOf(g.contactId) }))
              }}
            >
              {props.nameOf(g.contactId)}
            </Button>
          ))}
        </div>
      ) : null}
      <div className={styles.board}>
        {boxes.map((box) => (
          <div
            key={box.table.id}
            className={styles.table}
            style={{ width: box.width, height: box.height }}
            role="group"
            aria-label={t('seating.tableLabel', { label: box.table.label, count: box.table.seats })}
          >
            <div
              className={styles.surface}
              style={{
                left: box.width * 0.28,
                top: box.height * 0.3,
                width: box.width * 0.44,
                height: box.height * 0.4,
                borderRadius: box.table.shape === 'round' ? '50%' : tokens.borderRadiusMedium,
              }}
              aria-hidden
            >
              {t(`seating.shape.${box.table.shape}`)} {box.table.label}
            </div>
            {box.places.map((p) => {
              const index = places.indexOf(p)
              const who = p.occupant?.contactId
              return (
                <SeatButton
                  key={p.id}
                  seatId={p.id}
                  x={p.x}
                  y={p.y}
                  number={p.behind ? t('seating.place.behindShort') : String(p.seat + 1)}
                  name={who ? props.nameOf(who) : null}
                  side={who ? sideOf(who) : null}
                  behind={p.behind}
                  selected={!!who && picked === who}
                  warned={!!who && props.warned.has(who)}
                  label={labelOf(p)}
                  focusable={index === focus}
                  onActivate={() => activate(p)}
                  onKeyDown={onKeyDown(index)}
                  onDragStart={onDragStart(who)}
                  onDrop={onDrop(p)}
                  onFocus={() => setFocus(index)}
                />
              )
            })}
          </div>
        ))}
      </div>
    </>
  )
}
