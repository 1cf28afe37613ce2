import { useEffect, useEffectEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { NavigationCommand } from '@shared/contract'
import type { ShortcutId } from '@shared/keyboard/shortcuts'
import { visitDocumentPath } from '@shared/documents/visitDocuments'
import { useT } from '../components'
import { runShortcut } from './KeyboardCommands'
import { platform } from '../platform'
import { menuFocusOf, targetOfCommand } from './menuCommands'
import type { MenuFocus, MenuNavigationState } from './menuCommands'

/** A lazily loaded screen may take a moment; after this the focus request is dropped. */
const FOCUS_WAIT_MS = 5_000

/**
 * Carries out the native menu's commands (File → New visit, Export/Import backup, Settings);
 * those that are keyboard shortcuts go to KeyboardCommands.
 * Navigation goes through the router like a link, so the unsaved-changes guard asks first; a
 * cancelled navigation leaves the page and the focus where they were.
 */
export function MenuCommandListener(): null {
  const navigate = useNavigate()
  const location = useLocation()
  const { t } = useT()

  useEffect(
    () =>
      platform.onMenuCommand(({ command }) => {
        if (command.startsWith('shortcut:')) {
          runShortcut(command.slice('shortcut:'.length) as ShortcutId)
          return
        }
        const target = targetOfCommand(command as NavigationCommand)
        const state: MenuNavigationState | null = target.focus ? { menuFocus: target.focus } : null
        void navigate(target.path, { state })
      }),
    [navigate],
  )
  // The id is the one the page itself reported; a visit gone since shows the not-found page.
  useEffect(
    () =>
      platform.onVisitDocument(({ visitId, document }) => {
        void navigate(visitDocumentPath(visitId, document))
      }),
    [navigate],
  )

  const findTarget = useEffectEvent((focus: MenuFocus) => findFocusTarget(focus, t))
  useEffect(() => {
    const focus = menuFocusOf(location.state)
    if (!focus) return
    return focusWhenShown(() => findTarget(focus), FOCUS_WAIT_MS)
  }, [location.key, location.state])

  return null
}

type FocusTarget = { section: HTMLElement; control: HTMLElement }

/** The section's button with the given label, else its heading (made focusable for this). */
function findFocusTarget(focus: MenuFocus, t: (key: string) => string): FocusTarget | null {
  const heading = document.getElementById(`${focus.section}-heading`)
  const section = heading?.closest('section')
  if (!heading || !section) return null
  if (focus.buttonLabelKey) {
    const label = t(focus.buttonLabelKey)
    const button = [...section.querySelectorAll('button')].find(
      (candidate) => candidate.textContent.trim() === label,
    )
    if (button) return { section, control: button }
  }
  heading.tabIndex = -1
  return { section, control: heading }
}

/**
 * Scrolls the section to the top and focuses its control as soon as the screen shows them;
 * returns the cleanup for an effect.
 */
function focusWhenShown(find: () => FocusTarget | null, waitMs: number): () => void {
  const focus = ({ section, control }: FocusTarget): void => {
    section.scrollIntoView({ block: 'start' })
    control.focus({ preventScroll: true })
  }
  const now = find()
  if (now) {
    focus(now)
    return () => undefined
  }
  const observer = new MutationObserver(() => {
    const target = find()
    if (!target) return
    stop()
    focus(target)
  })
  const timer = window.setTimeout(() => stop(), waitMs)
  const stop = (): void => {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(document.body, { childList: true, subtree: true })
  return stop
}
