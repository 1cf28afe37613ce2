/**
 * How long a message stays: long enough to read it and to use its button. One rule for every
 * toast of the app: about a second per 12 characters on top of a floor, never less than 6 s, 10 s
 * for a message with an action (Undo) and 12 s for an error. Toasts also pause while the pointer
 * is on them and while the window is in the background (AppToaster).
 */
export function noticeTimeout(text: string, kind: 'info' | 'action' | 'error'): number {
  const floor = kind === 'error' ? 12_000 : kind === 'action' ? 10_000 : 6_000
  return Math.max(floor, 3_000 + Math.ceil(text.length / 12) * 1_000)
}
