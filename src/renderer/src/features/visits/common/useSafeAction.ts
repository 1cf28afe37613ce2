import { useCallback } from 'react'
import { errorText, useNotify, useT } from '@renderer/components'

/**
 * Runs a one-click action (restore, mark done) and reports a failure as an error toast instead of
 * an unhandled rejection; on success it shows `doneTitle`.
 */
export function useSafeAction(): (action: () => Promise<unknown>, doneTitle: string) => void {
  const { t, lang } = useT()
  const notify = useNotify()
  return useCallback(
    (action, doneTitle) => {
      action().then(
        () => notify({ title: doneTitle }),
        (error: unknown) => notify({ intent: 'error', title: errorText(error, t, lang) }),
      )
    },
    [notify, t, lang],
  )
}
