import { useState, type DragEvent } from 'react'
import { AGENDA_DRAG_TYPE } from './agendaRows'

export type DayDrop = {
  /** True while an item is dragged over this day. */
  over: boolean
  handlers: {
    onDragOver: (event: DragEvent<HTMLElement>) => void
    onDragLeave: (event: DragEvent<HTMLElement>) => void
    onDrop: (event: DragEvent<HTMLElement>) => void
  }
}

/** Makes an element a place to drop a programme item on (a day section, a day tab). */
export function useDayDrop(enabled: boolean, onDropItem: (itemId: string) => void): DayDrop {
  const [over, setOver] = useState(false)
  const carriesItem = (event: DragEvent<HTMLElement>): boolean =>
    enabled && event.dataTransfer.types.includes(AGENDA_DRAG_TYPE)
  return {
    over,
    handlers: {
      onDragOver: (event) => {
        if (!carriesItem(event)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'move'
        if (!over) setOver(true)
      },
      onDragLeave: (event) => {
        // Leaving into a child of the same day is no leaving.
        const next = event.relatedTarget
        if (next instanceof Node && event.currentTarget.contains(next)) return
        setOver(false)
      },
      onDrop: (event) => {
        setOver(false)
        if (!carriesItem(event)) return
        event.preventDefault()
        const id = event.dataTransfer.getData(AGENDA_DRAG_TYPE)
        if (id) onDropItem(id)
      },
    },
  }
}
