import { useCallback, useEffect, useRef, useState } from 'react'
import type { StrategyTables } from '@shared/documents/report/strategyReportData'
import type { UiLanguage } from '@shared/model/common'
import { translator } from '@shared/i18n'
import { useT } from '@renderer/components'
import { saveFile } from '@renderer/platform'
import {
  ReportCancelled,
  startReport,
  type ReportRun,
  type ReportStep,
} from '@renderer/workers/reportClient'
import { reportFileName } from './reportYear'

export type ReportRunState =
  | { phase: 'idle' }
  | { phase: 'running'; step: ReportStep }
  | { phase: 'saving' }
  | { phase: 'saved'; path: string; year: number }
  | { phase: 'notSaved' }
  | { phase: 'cancelled' }
  | { phase: 'failed' }

export type ReportRunner = {
  state: ReportRunState
  start(request: { tables: StrategyTables; year: number; lang: UiLanguage }): void
  cancel(): void
}

/**
 * One report at a time: build in the worker, then save through the platform (the native dialog,
 * a download in a browser). Leaving the page cancels the worker.
 */
export function useReportRun(): ReportRunner {
  const { t } = useT()
  const [state, setState] = useState<ReportRunState>({ phase: 'idle' })
  const run = useRef<ReportRun | null>(null)

  useEffect(() => () => run.current?.cancel(), [])

  const start = useCallback<ReportRunner['start']>(
    ({ tables, year, lang }) => {
      setState({ phase: 'running', step: { step: 'figures' } })
      const work = async (): Promise<ReportRunState> => {
        const current = startReport(
          { tables, year, now: new Date().toISOString(), options: { lang } },
          (step) => setState({ phase: 'running', step }),
        )
        run.current = current
        const bytes = await current.result
        run.current = null
        setState({ phase: 'saving' })
        const title = translator(lang)('strategyReport.title')
        const saved = await saveFile({
          suggestedName: reportFileName(title, year, lang),
          filters: [{ name: t('strategyReport.fileType'), extensions: ['docx'] }],
          content: bytes,
        })
        return saved.status === 'saved'
          ? { phase: 'saved', path: saved.path, year }
          : { phase: 'notSaved' }
      }
      work().then(setState, (error: unknown) => {
        run.current = null
        if (!(error instanceof ReportCancelled)) console.error(error)
        setState(error instanceof ReportCancelled ? { phase: 'cancelled' } : { phase: 'failed' })
      })
    },
    [t],
  )

  const cancel = useCallback(() => {
    run.current?.cancel()
  }, [])

  return { state, start, cancel }
}
