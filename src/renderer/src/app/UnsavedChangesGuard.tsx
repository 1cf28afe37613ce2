import { useCallback, useEffect, useState, type ReactElement, type ReactNode } from 'react'
import { useBlocker, type BlockerFunction } from 'react-router'
import { createUnsavedRegistry, DiscardChangesDialog, UnsavedChangesContext } from '../components'
import { isDesktop } from '../platform'

/**
 * Guards every form below it: leaving the page (links, Ctrl+1…6, back) with unsaved edits asks
 * first, and so does closing or reloading the window.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }): ReactElement {
  const [registry] = useState(createUnsavedRegistry)
  const [closing, setClosing] = useState(false)
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => registry.shouldAsk(currentLocation, nextLocation),
    [registry],
  )
  const blocker = useBlocker(shouldBlock)

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!registry.anyDirty()) return
      event.preventDefault()
      // A browser asks by itself; Electron only cancels the close, silently, so the app asks.
      if (isDesktop()) setClosing(true)
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [registry])

  const discard = (): void => {
    if (closing) {
      registry.releaseAll()
      window.close()
      return
    }
    blocker.proceed?.()
  }
  const keepEditing = (): void => {
    setClosing(false)
    blocker.reset?.()
  }

  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      <DiscardChangesDialog
        open={closing || blocker.state === 'blocked'}
        onDiscard={discard}
        onKeepEditing={keepEditing}
      />
    </UnsavedChangesContext.Provider>
  )
}
