import { useCallback } from 'react'
import { useNotify, useT } from '@renderer/components'

/**
 * Runs a one-click action (restore, mark done) and reports a failure as an error toast instead of
 * an unhandled rejection; on success it shows `doneTitle`.
 */
export function useSafeAction(): (action: () => Promise<unknown>, doneTitle: string) => void {
  const { t } = useT()
  const notify = useNotify()
  return useCallback(
    (action, doneTitle) => {
      action().then(
        () => notify({ title: doneTitle }),
        (error: unknown) =>
          notify({
            intent: 'error',
            title: t('common.error', {
              message: error instanceof Error ? error.message : String(error),
            }),
          }),
      )
    },
    [notify, t],
  )
}
