import { lazy, Suspense, useEffect, useEffectEvent, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { shortcutById, shortcutOfKey, type ShortcutId } from '@shared/keyboard/shortcuts'
import { useDeletionUndo } from '../components'
import {
  firstFieldOf,
  isTextTarget,
  newItemTarget,
  saveButton,
  searchField,
} from './keyboardTargets'
import { ShortcutListDialog } from './ShortcutListDialog'
import { isMac } from './shortcuts'

// The palette reads every contact, visit and city: its chunk loads on the first Ctrl+K only.
const CommandPalette = lazy(() => import('./CommandPalette'))

/** The event MenuCommandListener passes the native menu's shortcut commands on with. */
export const SHORTCUT_EVENT = 'planner:shortcut'

export function runShortcut(id: ShortcutId): void {
  window.dispatchEvent(new CustomEvent<ShortcutId>(SHORTCUT_EVENT, { detail: id }))
}

/** In Electron the menu's accelerators own these keys; the page hears the menu's command. */
const menuOwnsKeys = (): boolean => window.planner !== undefined

/**
 * Carries out the shortcuts of the registry (src/shared/keyboard/shortcuts.ts): from keys in the
 * browser, from the native menu in Electron. What each does on which screen is in the README.
 */
export function KeyboardCommands(): ReactElement {
  const navigate = useNavigate()
  const { undoLast } = useDeletionUndo()
  const [paletteOpen, setPaletteOpen] = useState(false)
  const [listOpen, setListOpen] = useState(false)

  /** Carries a shortcut out; false when it has nothing to do here (the key stays the browser's). */
  const perform = useEffectEvent((id: ShortcutId): boolean => {
    switch (id) {
      case 'newItem': {
        const target = newItemTarget()
        if (target instanceof HTMLButtonElement) target.click()
        else if (target) firstFieldOf(target)?.focus()
        else void navigate('/visits/new')
        return true
      }
      case 'search': {
        const field = searchField()
        field?.focus()
        field?.select()
        return field !== null
      }
      case 'palette':
        setListOpen(false)
        setPaletteOpen((open) => !open)
        return true
      case 'save':
        // Never the browser's "save page", also where there is nothing to save.
        saveButton()?.click()
        return true
      case 'undoDelete':
        void undoLast()
        return true
      case 'shortcutList':
        setPaletteOpen(false)
        setListOpen(true)
        return true
      case 'print':
      case 'section':
        // Their own handlers (AppShell, SideNav) run them.
        return false
      default: {
        const never: never = id
        throw new Error(`unknown shortcut ${String(never)}`)
      }
    }
  })

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const id = shortcutOfKey(event, isMac(), isTextTarget(event.target))
      if (!id || (menuOwnsKeys() && shortcutById(id).inMenu)) return
      if (perform(id)) event.preventDefault()
    }
    const onMenu = (event: Event): void => {
      perform((event as CustomEvent<ShortcutId>).detail)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener(SHORTCUT_EVENT, onMenu)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(SHORTCUT_EVENT, onMenu)
    }
  }, [])

  return (
    <>
      <ShortcutListDialog open={listOpen} onClose={() => setListOpen(false)} />
      {paletteOpen ? (
        <Suspense fallback={null}>
          <CommandPalette
            onClose={() => setPaletteOpen(false)}
            onShowShortcuts={() => {
              setPaletteOpen(false)
              setListOpen(true)
            }}
          />
        </Suspense>
      ) : null}
    </>
  )
}
