/** The sections of the app in navigation order; Ctrl/Cmd+1…6 jump to them. */
export const SECTIONS = [
  { key: 'visits', path: '/visits' },
  { key: 'contacts', path: '/contacts' },
  { key: 'organizations', path: '/organizations' },
  { key: 'cities', path: '/cities' },
  { key: 'reports', path: '/reports' },
  { key: 'settings', path: '/settings' },
] as const
export type Section = (typeof SECTIONS)[number]

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

/** The section a key press asks for (Ctrl+1 or ⌘1 …), or null. Alt and Shift stay free. */
export function sectionForShortcut(event: KeyLike, isMac: boolean): Section | null {
  const modifier = isMac ? event.metaKey : event.ctrlKey
  if (!modifier || event.altKey || event.shiftKey) return null
  if (!/^[1-9]$/.test(event.key)) return null
  return SECTIONS[Number(event.key) - 1] ?? null
}

/** The section a route belongs to, for the highlighted navigation entry. */
export function sectionOfPath(pathname: string): Section | null {
  return SECTIONS.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`)) ?? null
}

/** Ctrl+P (⌘P on a Mac) prints the open screen. */
export function isPrintShortcut(event: KeyLike, isMac: boolean): boolean {
  const modifier = isMac ? event.metaKey : event.ctrlKey
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p'
}

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)
