import { EVENTS } from '@shared/contract'
import type { EventName, EventPayload } from '@shared/contract'

/** The part of a WebContents an event needs; a plain object in tests. */
export type EventTarget = {
  send(channel: string, ...args: unknown[]): void
  isDestroyed(): boolean
}

/**
 * The one way main talks to the page unasked. The payload is checked against the contract here
 * too, so a programming error shows up in main rather than as a silently refused event in the
 * preload. Returns whether the event was sent (no window, or a closed one, means it was not).
 */
export function sendEvent<E extends EventName>(
  target: EventTarget | null | undefined,
  event: E,
  payload: EventPayload[E],
): boolean {
  if (!target || target.isDestroyed()) return false
  target.send(event, EVENTS[event].payload.parse(payload))
  return true
}
