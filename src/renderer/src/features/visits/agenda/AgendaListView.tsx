import type { ReactElement } from 'react'
import type { AgendaDay } from '@shared/domain/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import { AgendaDaySection } from './AgendaDaySection'
import type { AgendaRowsContext } from './agendaRows'

/** Every day of the visit one below the other; an item dragged onto a day moves there. */
export function AgendaListView(props: {
  days: readonly AgendaDay<AgendaItem>[]
  dayNumberOf: (date: string) => number | null
  ctx: AgendaRowsContext
  onAdd: (date: string) => void
  onDropItem: (itemId: string, date: string) => void
}): ReactElement {
  return (
    <>
      {props.days.map((day) => (
        <AgendaDaySection
          key={day.date}
          day={day}
          dayNumber={props.dayNumberOf(day.date)}
          ctx={props.ctx}
          onAdd={() => props.onAdd(day.date)}
          onDropItem={(id) => props.onDropItem(id, day.date)}
        />
      ))}
    </>
  )
}
