import { useCallback } from 'react'
import { formatDayHeading } from '@shared/dates'
import { moveToDate } from '@shared/domain/agendaSchedule'
import { parseTimeEntry } from '@shared/domain/timeEntry'
import { agendaDurationMinutes } from '@shared/domain/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import { errorText, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { agendaItemToFormValues, type AgendaFormValues } from './agendaFormValues'

/**
 * A copy's form: everything of the original, placed right after it with the same length, so
 * "duplicate, adjust, Enter" builds a run of similar items (a day of site visits) quickly.
 * An original that runs past midnight keeps its times.
 */
export function duplicateValues(item: AgendaItem): AgendaFormValues {
  const values = agendaItemToFormValues(item)
  if (item.endDate !== item.date) return values
  const end = parseTimeEntry(`+${agendaDurationMinutes(item)}`, { base: item.endTime })
  if (!end.ok || end.dayOffset > 0) return values
  return { ...values, startTime: item.endTime, endTime: end.time }
}

/** Moving an item to another day, with a notice naming the day, or the reason it failed. */
export function useMoveItem(): (item: AgendaItem, date: string) => Promise<boolean> {
  const { t, lang } = useT()
  const notify = useNotify()
  const repos = useRepos()
  return useCallback(
    async (item, date) => {
      if (item.date === date) return false
      try {
        await repos.agendaItems.update(item.id, moveToDate(item, date))
        notify({
          title: t('programmeEditor.move.done', {
            title: item.title,
            date: formatDayHeading(date, lang),
          }),
        })
        return true
      } catch (error) {
        notify({ intent: 'error', title: errorText(error, t, lang) })
        return false
      }
    },
    [repos, notify, t, lang],
  )
}
