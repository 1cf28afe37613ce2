import { useCallback, useEffect, useRef, useState } from 'react'
import type { DossierOptions } from '@shared/documents/dossier/dossierOptions'
import { errorText, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { saveFile } from '@renderer/platform'
import {
  DossierCancelled,
  startDossier,
  type DossierRun,
  type DossierStep,
} from '@renderer/workers/dossierClient'

export type DossierRunState =
  | { phase: 'idle' }
  | { phase: 'running'; step: DossierStep }
  | { phase: 'saving' }
  | { phase: 'saved'; path: string }
  | { phase: 'notSaved' }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }

export type DossierRunner = {
  state: DossierRunState
  start(request: { cityId: string; options: DossierOptions; fileName: string }): void
  cancel(): void
}

/**
 * One dossier at a time: read the city's rows, build in the worker, then save through the
 * platform (the native dialog, a download in a browser). Leaving the page cancels the worker.
 */
export function useDossierRun(): DossierRunner {
  const { t, lang } = useT()
  const repos = useRepos()
  const [state, setState] = useState<DossierRunState>({ phase: 'idle' })
  const run = useRef<DossierRun | null>(null)
  const cancelled = useRef(false)

  // Closing the dialog also stops a run still reading its rows, before any worker exists: without
  // the flag, the file would be built and offered for saving after the user walked away.
  useEffect(
    () => () => {
      cancelled.current = true
      run.current?.cancel()
    },
    [],
  )

  const start = useCallback<DossierRunner['start']>(
    ({ cityId, options, fileName }) => {
      cancelled.current = false
      setState({ phase: 'running', step: { step: 'loading' } })
      const work = async (): Promise<DossierRunState> => {
        const tables = await repos.data.dossierTables(cityId)
        if (cancelled.current) return { phase: 'cancelled' }
        const current = startDossier(
          { tables, cityId, now: new Date().toISOString(), options },
          (step) => setState({ phase: 'running', step }),
        )
        run.current = current
        const bytes = await current.result
        run.current = null
        if (cancelled.current) return { phase: 'cancelled' }
        setState({ phase: 'saving' })
        const saved = await saveFile({
          suggestedName: fileName,
          filters: [{ name: t('documents.fileType'), extensions: ['docx'] }],
          content: bytes,
        })
        return saved.status === 'saved'
          ? { phase: 'saved', path: saved.path }
          : { phase: 'notSaved' }
      }
      work().then(setState, (error: unknown) => {
        run.current = null
        setState(
          error instanceof DossierCancelled
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
