import { useCallback, type ReactElement } from 'react'
import {
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useToastController,
  type ToastIntent,
} from '@fluentui/react-components'
import { noticeTimeout } from './noticeTimeout'

export const APP_TOASTER_ID = 'app-toaster'

export type Notice = { intent?: ToastIntent; title: string; body?: string }

/** Mounted once in the shell; every `useNotify()` posts into it. */
export function AppToaster(): ReactElement {
  return (
    <Toaster
      toasterId={APP_TOASTER_ID}
      position="bottom-end"
      limit={3}
      pauseOnHover
      pauseOnWindowBlur
    />
  )
}

/** Short confirmations ("Saved"); results the user must read stay on the page as MessageBars. */
export function useNotify(): (notice: Notice) => void {
  const { dispatchToast } = useToastController(APP_TOASTER_ID)
  return useCallback(
    ({ intent = 'success', title, body }: Notice) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body ? <ToastBody>{body}</ToastBody> : null}
        </Toast>,
        {
          intent,
          timeout: noticeTimeout(`${title} ${body ?? ''}`, intent === 'error' ? 'error' : 'info'),
        },
      ),
    [dispatchToast],
  )
}

/** Alias in the naming the visits and other features may look for. */
export const useToast = useNotify
