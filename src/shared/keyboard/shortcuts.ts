/**
 * The one table of the app's keyboard shortcuts. The key handler, the shortcut list (F1), the
 * command palette, tooltips, the README's table and the native menu's accelerators all read it,
 * so no two of them can name different keys for the same action.
 */

/** One key press: `mod` is Ctrl on Windows and Linux, ⌘ on macOS. */
export type KeyChord = { key: string; mod: boolean; shift?: boolean }

/**
 * Where a shortcut acts. `global`: anywhere, also while typing; `outsideText`: not while the
 * focus is in a text field (a plain `?` is a character there, Ctrl+Z undoes typing there).
 */
export type ShortcutScope = 'global' | 'outsideText'

export const SHORTCUT_IDS = [
  'newItem',
  'search',
  'palette',
  'save',
  'undoDelete',
  'shortcutList',
  'print',
  'section',
] as const
export type ShortcutId = (typeof SHORTCUT_IDS)[number]

export type Shortcut = {
  id: ShortcutId
  /** The first chord is the one shown; the others do the same. */
  chords: readonly KeyChord[]
  /** The translation key of what it does, under `keyboard.action`. */
  labelKey: `keyboard.action.${string}`
  scope: ShortcutScope
  /**
   * In Electron the native menu carries it (its accelerator is the source and the page only
   * hears the menu's event); in a browser the page's key handler does.
   */
  inMenu: boolean
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'newItem',
    chords: [{ key: 'n', mod: true }],
    labelKey: 'keyboard.action.newItem',
    scope: 'global',
    inMenu: true,
  },
  {
    id: 'search',
    chords: [{ key: 'f', mod: true }],
    labelKey: 'keyboard.action.search',
    scope: 'global',
    inMenu: true,
  },
  {
    id: 'palette',
    chords: [{ key: 'k', mod: true }],
    labelKey: 'keyboard.action.palette',
    scope: 'global',
    inMenu: true,
  },
  {
    id: 'save',
    chords: [{ key: 's', mod: true }],
    labelKey: 'keyboard.action.save',
    scope: 'global',
    inMenu: true,
  },
  {
    id: 'undoDelete',
    chords: [{ key: 'z', mod: true }],
    labelKey: 'keyboard.action.undoDelete',
    scope: 'outsideText',
    inMenu: false,
  },
  {
    id: 'shortcutList',
    chords: [
      { key: 'F1', mod: false },
      { key: '?', mod: false },
    ],
    labelKey: 'keyboard.action.shortcutList',
    scope: 'outsideText',
    inMenu: true,
  },
  {
    id: 'print',
    chords: [{ key: 'p', mod: true }],
    labelKey: 'keyboard.action.print',
    scope: 'global',
    inMenu: false,
  },
  {
    id: 'section',
    chords: [{ key: '1…6', mod: true }],
    labelKey: 'keyboard.action.section',
    scope: 'global',
    inMenu: false,
  },
]

export function shortcutById(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id)
  if (!found) throw new Error(`no shortcut ${id}`)
  return found
}

const keyName = (key: string): string => (key.length === 1 ? key.toUpperCase() : key)

/**
 * A chord as the user reads it: "⌘N" on a Mac, "Strg+N"/"Ctrl+N" elsewhere (`ctrlPlus` is the
 * translated "Ctrl+", since German keyboards say "Strg").
 */
export function formatChord(chord: KeyChord, isMac: boolean, ctrlPlus: string): string {
  const shift = chord.shift ? (isMac ? '⇧' : 'Shift+') : ''
  if (!chord.mod) return `${shift}${keyName(chord.key)}`
  return isMac ? `⌘${shift}${keyName(chord.key)}` : `${ctrlPlus}${shift}${keyName(chord.key)}`
}

/** Every chord of a shortcut, for the shortcut list ("F1 / ?"). */
export function formatShortcut(id: ShortcutId, isMac: boolean, ctrlPlus: string): string {
  return shortcutById(id)
    .chords.map((c) => formatChord(c, isMac, ctrlPlus))
    .join(' / ')
}

/** The Electron accelerator of a shortcut's first chord ("CmdOrCtrl+N", "F1"). */
export function acceleratorOf(id: ShortcutId): string {
  const [chord] = shortcutById(id).chords
  if (!chord) throw new Error(`shortcut ${id} has no keys`)
  const parts = [chord.mod ? 'CmdOrCtrl' : null, chord.shift ? 'Shift' : null, keyName(chord.key)]
  return parts.filter((p) => p !== null).join('+')
}

type KeyLike = {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

function matches(chord: KeyChord, event: KeyLike, isMac: boolean): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey
  const other = isMac ? event.ctrlKey : event.metaKey
  if (event.altKey || other || mod !== chord.mod) return false
  // "?" is Shift+ß or Shift+/ depending on the layout: the character decides, not Shift.
  if (chord.key.length === 1 && !/[a-z]/i.test(chord.key)) return event.key === chord.key
  if (Boolean(chord.shift) !== event.shiftKey) return false
  return event.key.toLowerCase() === chord.key.toLowerCase()
}

/**
 * The shortcut a key press asks for, or null. `inText` says whether the focus is in a field that
 * takes typing; shortcuts scoped `outsideText` stay quiet there. Ctrl+1…6 and Ctrl+P keep their
 * own handlers (src/renderer/src/app/shortcuts.ts), so they are not matched here.
 */
export function shortcutOfKey(event: KeyLike, isMac: boolean, inText: boolean): ShortcutId | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.id === 'section' || shortcut.id === 'print') continue
    if (shortcut.scope === 'outsideText' && inText) continue
    if (shortcut.chords.some((c) => matches(c, event, isMac))) return shortcut.id
  }
  return null
}
