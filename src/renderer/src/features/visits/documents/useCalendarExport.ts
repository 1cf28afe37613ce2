import { useCallback, useState } from 'react'
import { buildCalendar, countEvents } from '@shared/calendar/buildCalendar'
import { loadBriefingData } from '@shared/documents/briefingData'
import type { UiLanguage } from '@shared/model/common'
import { errorText, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { saveFile } from '@renderer/platform'

export type CalendarExportState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; path: string; count: number }
  | { phase: 'notSaved' }
  | { phase: 'failed'; message: string }

export type CalendarExportRequest = {
  visitId: string
  /** A contact id: that person's itinerary; absent: the whole programme. */
  personId?: string
  lang: UiLanguage
  fileName: string
}

const ICS_EXTENSIONS = ['ics']

/**
 * Reads the visit's rows, writes the calendar with the same pure builder as the command line,
 * and saves it through the platform (the native dialog, a download in a browser). Small enough
 * to need no worker.
 */
export function useCalendarExport(): {
  state: CalendarExportState
  start: (request: CalendarExportRequest) => void
} {
  const { t, lang: uiLang } = useT()
  const repos = useRepos()
  const [state, setState] = useState<CalendarExportState>({ phase: 'idle' })

  const start = useCallback(
    ({ visitId, personId, lang, fileName }: CalendarExportRequest) => {
      setState({ phase: 'saving' })
      const work = async (): Promise<CalendarExportState> => {
        const tables = await repos.data.briefingTables(visitId)
        const data = loadBriefingData(tables, visitId, new Date())
        const text = buildCalendar(data, personId === undefined ? { lang } : { lang, personId })
        const saved = await saveFile({
          suggestedName: fileName,
          filters: [{ name: t('calendar.fileType'), extensions: ICS_EXTENSIONS }],
          content: text,
        })
        if (saved.status !== 'saved') return { phase: 'notSaved' }
        return { phase: 'saved', path: saved.path, count: countEvents(text) }
      }
      work().then(setState, (error: unknown) =>
        setState({ phase: 'failed', message: errorText(error, t, uiLang) }),
      )
    },
    [repos, t, uiLang],
  )

  return { state, start }
}
