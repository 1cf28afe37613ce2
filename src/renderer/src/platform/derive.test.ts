import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, CONTRACT, EVENT_NAMES, EVENTS, PLANNER_METHODS } from '@shared/contract'
import type { PlannerImplementation } from '@shared/contract'
import { browserPlatform } from './browser'
import { derivePlatform } from './derive'

/** An implementation built from the contract, so a new channel or event is covered here too. */
function recordingImplementation(tag: string): {
  implementation: PlannerImplementation
  calls: { method: string; args: unknown[] }[]
} {
  const calls: { method: string; args: unknown[] }[] = []
  const implementation: Record<string, unknown> = {}
  for (const method of PLANNER_METHODS) {
    implementation[method] = (...args: unknown[]) => {
      calls.push({ method, args })
      return `${tag}:${method}`
    }
  }
  return { implementation: implementation as PlannerImplementation, calls }
}

describe('derivePlatform', () => {
  it('offers exactly one function per channel and event of the contract', () => {
    const api = derivePlatform(() => browserPlatform)
    expect(Object.keys(api).sort()).toEqual([...PLANNER_METHODS].sort())
    const names = [
      ...CHANNELS.map((c) => CONTRACT[c].method),
      ...EVENT_NAMES.map((e) => EVENTS[e].method),
    ]
    expect(new Set(names).size).toBe(names.length)
    for (const name of EVENT_NAMES.map((e) => EVENTS[e].method)) expect(name).toMatch(/^on[A-Z]/)
  })

  it.each(PLANNER_METHODS)('forwards %s with its arguments and result', (method) => {
    const { implementation, calls } = recordingImplementation('impl')
    const api = derivePlatform(() => implementation)
    const forward = api[method] as (...args: unknown[]) => unknown
    expect(forward({ probe: method })).toBe(`impl:${method}`)
    expect(calls).toEqual([{ method, args: [{ probe: method }] }])
  })

  it('asks for the implementation at call time, not once', () => {
    const first = recordingImplementation('first')
    const second = recordingImplementation('second')
    let current = first.implementation
    const api = derivePlatform(() => current)
    expect(api.getAppInfo()).toBe('first:getAppInfo')
    current = second.implementation
    expect(api.getAppInfo()).toBe('second:getAppInfo')
  })
})

describe('browserPlatform', () => {
  it('implements every method of the contract', () => {
    expect(Object.keys(browserPlatform).sort()).toEqual([...PLANNER_METHODS].sort())
  })

  it.each(EVENT_NAMES)('offers %s as a subscription that never fires', (event) => {
    const callback = vi.fn()
    const subscribe = browserPlatform[EVENTS[event].method]
    const unsubscribe = subscribe(callback)
    expect(typeof unsubscribe).toBe('function')
    unsubscribe()
    expect(callback).not.toHaveBeenCalled()
  })
})
