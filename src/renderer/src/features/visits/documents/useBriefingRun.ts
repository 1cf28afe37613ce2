import { useCallback, useEffect, useRef, useState } from 'react'
import type { BriefingOptions } from '@shared/documents/briefingOptions'
import { errorText, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { saveFile } from '@renderer/platform'
import {
  BriefingCancelled,
  startBriefing,
  type BriefingRun,
  type BriefingStep,
} from '@renderer/workers/briefingClient'

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; step: BriefingStep }
  | { phase: 'saving' }
  | { phase: 'saved'; path: string }
  | { phase: 'notSaved' }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }

export type BriefingRunner = {
  state: RunState
  start(request: { visitId: string; options: BriefingOptions; fileName: string }): void
  cancel(): void
}

const DOCX_EXTENSIONS = ['docx']

/**
 * One document at a time: read the visit's rows, build in the worker, then save through the
 * platform (the native dialog, a download in a browser). Leaving the tab cancels the worker.
 */
export function useBriefingRun(): BriefingRunner {
  const { t, lang } = useT()
  const repos = useRepos()
  const [state, setState] = useState<RunState>({ phase: 'idle' })
  const run = useRef<BriefingRun | null>(null)
  const cancelled = useRef(false)

  useEffect(() => () => run.current?.cancel(), [])

  const start = useCallback<BriefingRunner['start']>(
    ({ visitId, options, fileName }) => {
      cancelled.current = false
      setState({ phase: 'running', step: { step: 'loading' } })
      const work = async (): Promise<RunState> => {
        const tables = await repos.data.briefingTables(visitId)
        if (cancelled.current) return { phase: 'cancelled' }
        const current = startBriefing(
          { tables, visitId, now: new Date().toISOString(), options },
          (step) => setState({ phase: 'running', step }),
        )
        run.current = current
        const { bytes, snapshot } = await current.result
        run.current = null
        setState({ phase: 'saving' })
        const saved = await saveFile({
          suggestedName: fileName,
          filters: [{ name: t('documents.fileType'), extensions: DOCX_EXTENSIONS }],
          content: bytes,
        })
        if (saved.status !== 'saved') return { phase: 'notSaved' }
        // Only a saved file is a version someone can hold: the next book lists changes since it.
        await repos.briefingSnapshots.record(visitId, options.variant, snapshot)
        return { phase: 'saved', path: saved.path }
      }
      work().then(setState, (error: unknown) => {
        run.current = null
        setState(
          error instanceof BriefingCancelled
            ? { phase: 'cancelled' }
            : { phase: 'failed', message: errorText(error, t, lang) },
        )
      })
    },
    [repos, t, lang],
  )

  const cancel = useCallback(() => {
    cancelled.current = true
    if (run.current) run.current.cancel()
    else setState({ phase: 'cancelled' })
  }, [])

  return { state, start, cancel }
}
