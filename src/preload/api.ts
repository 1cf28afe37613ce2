import { CHANNELS, CONTRACT, EVENT_NAMES, EVENTS } from '@shared/contract'
import type { Channel, EventName, PlannerApi } from '@shared/contract'
import type { Unsubscribe } from '@shared/ipcSpec'

/** ipcRenderer.invoke, narrowed to the contract's channels; the only way a call reaches main. */
export type Invoke = (channel: Channel, ...args: [] | [unknown]) => Promise<unknown>

/** ipcRenderer.on for one event; the returned function removes exactly that listener. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => Unsubscribe

export type Transport = { invoke: Invoke; subscribe: Subscribe }

/**
 * `window.planner`: one named function per channel and per event of the contract. The page never
 * gets ipcRenderer or an IPC event object, so it cannot send on channels of its choosing, listen
 * to anything main does not offer, or reach the sender through an event.
 */
export function createPlannerApi(transport: Transport): PlannerApi {
  const api: Record<string, unknown> = {}
  for (const channel of CHANNELS) {
    // Exactly the one argument the contract allows, or none: main refuses anything more.
    api[CONTRACT[channel].method] = (arg?: unknown) =>
      arg === undefined ? transport.invoke(channel) : transport.invoke(channel, arg)
  }
  for (const name of EVENT_NAMES) {
    api[EVENTS[name].method] = (callback: (payload: unknown) => void): Unsubscribe =>
      transport.subscribe(name, (raw) => {
        const parsed = EVENTS[name].payload.safeParse(raw)
        if (parsed.success) callback(parsed.data)
        else console.warn(`${name}: payload refused`, parsed.error.issues)
      })
  }
  // The loops above follow the contract entry by entry; the mapped type says the same statically.
  return api as PlannerApi
}
