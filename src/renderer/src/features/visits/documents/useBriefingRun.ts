import { useCallback, useEffect, useRef, useState } from 'react'
import type { BriefingOptions } from '@shared/documents/briefingOptions'
import { errorText, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { saveFile } from '@renderer/platform'
import {
  BriefingCancelled,
  prepareBriefingWorker,
  releaseBriefingWorker,
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
  const open = useRef(false)

  // The next document's worker starts with the tab and again after each document, so "create"
  // does not wait for a worker to load; none is left behind once the tab is gone.
  useEffect(() => {
    open.current = true
    prepareBriefingWorker()
    return () => {
      open.current = false
      run.current?.cancel()
      releaseBriefingWorker()
    }
  }, [])
  const prepareNext = useCallback(() => {
    if (open.current) prepareBriefingWorker()
  }, [])

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
        prepareNext()
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
        prepareNext()
        setState(
          error instanceof BriefingCancelled
            ? { phase: 'cancelled' }
            : { phase: 'failed', message: errorText(error, t, lang) },
        )
      })
    },
    [repos, t, lang, prepareNext],
  )

  const cancel = useCallback(() => {
    cancelled.current = true
    if (run.current) run.current.cancel()
    else setState({ phase: 'cancelled' })
  }, [])

  return { state, start, cancel }
}
