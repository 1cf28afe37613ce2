import type { DragEvent, KeyboardEvent, ReactElement } from 'react'
import {
  Button,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components'
import { ReOrderDotsVerticalRegular } from '@fluentui/react-icons'
import { neighbourDay } from '@shared/domain/agendaSchedule'
import type { AgendaItem } from '@shared/model/agenda'
import { useT } from '@renderer/components'
import { AGENDA_DRAG_TYPE, itemElementId, type AgendaRowsContext } from './agendaRows'

/**
 * An item's handle: drag it onto another day, open it for "Move to day…", or press Alt+Arrow
 * Up/Down on it to move the item a day earlier or later. The conflicts panel focuses it.
 */
export function MoveItemMenu(props: { item: AgendaItem; ctx: AgendaRowsContext }): ReactElement {
  const { t } = useT()
  const { item, ctx } = props
  const dates = ctx.days.map((d) => d.date)

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    const target = neighbourDay(dates, item.date, event.key === 'ArrowUp' ? -1 : 1)
    if (target) ctx.onMove(item, target, true)
  }

  const onDragStart = (event: DragEvent<HTMLButtonElement>): void => {
    event.dataTransfer.effectAllowed = 'move'
    event.dataTransfer.setData(AGENDA_DRAG_TYPE, item.id)
    event.dataTransfer.setData('text/plain', item.title)
    // The whole row follows the pointer, not just the small handle.
    const row = event.currentTarget.closest('tr')
    if (row) event.dataTransfer.setDragImage(row, 16, 16)
  }

  const label = t('programmeEditor.move.handle', { title: item.title })
  if (!ctx.editable) {
    return <span id={itemElementId(item.id)} tabIndex={-1} />
  }
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          id={itemElementId(item.id)}
          size="small"
          appearance="subtle"
          icon={<ReOrderDotsVerticalRegular />}
          aria-label={label}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          title={t('programmeEditor.move.handleTitle')}
          draggable
          onDragStart={onDragStart}
          onKeyDown={onKeyDown}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{t('programmeEditor.move.toDay')}</MenuGroupHeader>
            {ctx.days.map((day) => (
              <MenuItem
                key={day.date}
                disabled={day.date === item.date}
                onClick={() => ctx.onMove(item, day.date, true)}
              >
                {day.label}
              </MenuItem>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}
