import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, CONTRACT, EVENT_NAMES, EVENTS, PLANNER_METHODS } from '@shared/contract'
import type { EventName, EventPayload } from '@shared/contract'

type Listener = (event: unknown, payload: unknown) => void

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })),
  listeners: new Map<string, Set<Listener>>(),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: Listener) => {
      const set = electron.listeners.get(channel) ?? new Set()
      set.add(listener)
      electron.listeners.set(channel, set)
    },
    removeListener: (channel: string, listener: Listener) => {
      electron.listeners.get(channel)?.delete(listener)
    },
  },
}))

await import('./index')

type ExposedFunction = (...args: unknown[]) => unknown

function exposedApi(): Record<string, ExposedFunction> {
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? []
  expect(key).toBe('planner')
  return api as Record<string, ExposedFunction>
}

function method(name: string): ExposedFunction {
  const fn = exposedApi()[name]
  if (!fn) throw new Error(`window.planner.${name} is missing`)
  return fn
}

/** What main would send, as the IPC layer delivers it: an event object, then the payload. */
function emit(event: string, payload: unknown): void {
  const sender = { note: 'ipcRenderer itself, never for the page' }
  for (const listener of electron.listeners.get(event) ?? []) listener({ sender }, payload)
}

/** One valid payload per event; the record type fails to compile when an event has none. */
const VALID_PAYLOADS: { [E in EventName]: EventPayload[E] } = {
  'menu:command': { command: 'new-visit' },
  'menu:visit-document': { visitId: 'v-tokyo', document: 'read-ahead' },
  'backups:final-requested': {},
}

describe('preload', () => {
  beforeEach(() => {
    electron.invoke.mockClear()
  })

  it('exposes exactly the named functions of the contract, never ipcRenderer', () => {
    const api = exposedApi()
    expect(Object.keys(api).sort()).toEqual([...PLANNER_METHODS].sort())
    expect(PLANNER_METHODS).toEqual(expect.arrayContaining(['saveFile', 'onMenuCommand']))
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(electron.invoke)
  })

  it.each(CHANNELS)('sends %s on its own channel with its one argument', async (channel) => {
    const arg = { probe: channel }
    await expect(method(CONTRACT[channel].method)(arg)).resolves.toEqual({
      echoed: [channel, arg],
    })
    expect(electron.invoke).toHaveBeenCalledWith(channel, arg)
  })

  it.each(CHANNELS)('sends %s without an argument when called without one', async (channel) => {
    await method(CONTRACT[channel].method)()
    expect(electron.invoke).toHaveBeenCalledWith(channel)
  })

  it.each(EVENT_NAMES)('passes a valid %s payload to the callback, without the event', (event) => {
    const callback = vi.fn()
    const unsubscribe = method(EVENTS[event].method)(callback) as () => void
    emit(event, VALID_PAYLOADS[event])
    expect(callback).toHaveBeenCalledTimes(1)
    expect(callback).toHaveBeenCalledWith(VALID_PAYLOADS[event])
    unsubscribe()
  })

  it.each(EVENT_NAMES)('never calls back with an invalid %s payload', (event) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const callback = vi.fn()
    const unsubscribe = method(EVENTS[event].method)(callback) as () => void
    for (const bad of [undefined, null, 'new-visit', 42, { command: 'rm -rf' }, { nope: true }]) {
      emit(event, bad)
    }
    expect(callback).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalled()
    unsubscribe()
    warn.mockRestore()
  })

  it.each(EVENT_NAMES)('stops calling back once %s is unsubscribed', (event) => {
    const kept = vi.fn()
    const dropped = vi.fn()
    const keep = method(EVENTS[event].method)(kept) as () => void
    const unsubscribe = method(EVENTS[event].method)(dropped) as () => void
    unsubscribe()
    emit(event, VALID_PAYLOADS[event])
    expect(dropped).not.toHaveBeenCalled()
    expect(kept).toHaveBeenCalledTimes(1)
    keep()
    expect(electron.listeners.get(event)?.size ?? 0).toBe(0)
  })
})
