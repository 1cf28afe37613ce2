/**
 * Where a shortcut acts on the open screen. Screens mark their "new" button with
 * `data-shortcut="newItem"`; search fields are the `role="search"` bars every list has; a form's
 * Save is its submit button. Reading the DOM keeps screens free of keyboard code: the button
 * Ctrl+N presses is the one the user sees, with the same checks as a click.
 */

/** The open dialog if there is one (the topmost), else the screen. */
export function activeScope(): HTMLElement | null {
  const dialogs = document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')
  return dialogs[dialogs.length - 1] ?? document.getElementById('main-content')
}

const visible = (element: HTMLElement): boolean => element.getClientRects().length > 0

function first<T extends HTMLElement>(scope: ParentNode | null, selector: string): T | null {
  if (!scope) return null
  return [...scope.querySelectorAll<T>(selector)].find(visible) ?? null
}

/**
 * What Ctrl+N acts on: the screen's "new" button, or an inline add form marked as a whole (the
 * delegation tab adds people in place), whose first field then takes the focus.
 */
export function newItemTarget(): HTMLElement | null {
  return first(document.getElementById('main-content'), '[data-shortcut="newItem"]:not([disabled])')
}

export function firstFieldOf(container: HTMLElement): HTMLElement | null {
  return first(container, 'input:not([type="hidden"]), [role="combobox"], textarea, select')
}

/** The search field of the screen's list (Ctrl+F). */
export function searchField(): HTMLInputElement | null {
  return first(
    document.getElementById('main-content'),
    '[role="search"] input[type="search"], [role="search"] input[type="text"]',
  )
}

/**
 * The Save button of the open dialog or the screen's form (Ctrl+S). A dialog's button sits in its
 * actions, outside the form it submits (`form="…"`), so any submit button in the scope counts.
 */
export function saveButton(): HTMLButtonElement | null {
  return first(activeScope(), 'button[type="submit"]:not([disabled])')
}

/** Whether the focus is where typing goes, so `?` and Ctrl+Z belong to the field. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  )
}
