/**
 * Fluent's Toaster makes its list and every toast a Tabster groupper with 'limited-trap-focus',
 * and each toast turns Tab on itself into a jump to its own first or last control: once a toast's
 * button has focus, Tab and Shift+Tab only cycle inside the toast (WCAG 2.1.2, no keyboard trap).
 * Tabster gives no option to turn that off from outside, so this listener runs before it (window,
 * capture phase, installed before the first FluentProvider creates Tabster) and moves focus out
 * of the toast region itself. Arrow keys between toasts and Enter on a toast stay Fluent's.
 */

const REGION = '[data-toaster-position]'
const TOAST = '.fui-ToastContainer'
const TABBABLE =
  'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"], summary'

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || element.hasAttribute('disabled')) return false
  // Tabster's dummy inputs are its own sentinels, not places a user can land.
  if (element.hasAttribute('data-tabster-dummy')) return false
  if (element.closest('[inert], [aria-hidden="true"]')) return false
  return element.getClientRects().length > 0
}

function tabbables(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(TABBABLE)).filter(isTabbable)
}

/** The next tab stop outside the toast region, in document order, wrapping round like Tab. */
function stopOutside(region: Element, backward: boolean): HTMLElement | undefined {
  const outside = tabbables(region.ownerDocument).filter((element) => !region.contains(element))
  const after = (element: HTMLElement): boolean =>
    (region.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  if (backward) return outside.filter((element) => !after(element)).at(-1) ?? outside.at(-1)
  return outside.find(after) ?? outside[0]
}

/** Returns the uninstaller. */
export function installToastKeyboardExit(win: Window): () => void {
  let returnTo: HTMLElement | null = null

  // The last control outside the toasts, not the focus event's relatedTarget: Chromium passes
  // through the body on the way in from the page's first control.
  const onFocusIn = (event: FocusEvent): void => {
    const target = event.target
    if (target instanceof HTMLElement && !target.closest(REGION) && isTabbable(target))
      returnTo = target
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    const active = win.document.activeElement
    if (!(active instanceof HTMLElement)) return
    const region = active.closest(REGION)
    if (!region) return
    if (event.key === 'Escape') {
      const back = returnTo
      // Fluent closes the toasts on this key; the focus comes back once they are gone.
      win.setTimeout(() => {
        const now = win.document.activeElement
        if (back?.isConnected && (!now || now === win.document.body || region.contains(now)))
          back.focus()
      }, 0)
      return
    }
    if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return
    const onToastItself = active.matches(TOAST)
    const hasControls = tabbables(win.document).some(
      (element) => element !== active && active.contains(element),
    )
    // Tab on a toast with a button enters it, as Fluent means; everything else leaves the region.
    if (onToastItself && hasControls && !event.shiftKey) return
    const next = stopOutside(region, event.shiftKey)
    if (!next) return
    event.preventDefault()
    event.stopImmediatePropagation()
    next.focus()
  }

  win.document.addEventListener('focusin', onFocusIn, true)
  win.addEventListener('keydown', onKeyDown, true)
  return () => {
    win.document.removeEventListener('focusin', onFocusIn, true)
    win.removeEventListener('keydown', onKeyDown, true)
  }
}
