import { afterEach, describe, expect, it, vi } from 'vitest'
import { runInSlices } from './inSlices'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** A step of a millisecond that asks for `times` more calls, counting them. */
function counted(times: number): { step: () => boolean; calls: () => number } {
  let calls = 0
  let clock = 0
  vi.spyOn(performance, 'now').mockImplementation(() => clock)
  return {
    step: () => {
      clock += 1
      return ++calls <= times
    },
    calls: () => calls,
  }
}

describe('runInSlices', () => {
  it('runs nothing at once, then steps until the work says it is done', () => {
    vi.useFakeTimers()
    const work = counted(20)
    runInSlices(work.step)
    expect(work.calls()).toBe(0)
    vi.advanceTimersToNextTimer()
    // One slice is about 8 ms of steps, then the next task.
    expect(work.calls()).toBeLessThan(21)
    vi.runAllTimers()
    expect(work.calls()).toBe(21)
  })

  it('starts from an idle callback that waits at most a moment, and stops when asked', () => {
    vi.useFakeTimers()
    const idle: { run: () => void; timeout: number | undefined }[] = []
    const cancelled: number[] = []
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
      idle.push({ run, timeout: options?.timeout })
      return idle.length
    })
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id))
    const work = counted(1_000_000)
    const stop = runInSlices(work.step)
    vi.runAllTimers()
    expect(work.calls()).toBe(0)
    expect(idle).toHaveLength(1)
    expect(idle[0]?.timeout).toBeGreaterThan(0)
    idle[0]?.run()
    const afterFirst = work.calls()
    expect(afterFirst).toBeGreaterThan(0)
    expect(afterFirst).toBeLessThan(20)
    stop()
    vi.runAllTimers()
    expect(work.calls()).toBe(afterFirst)
    expect(cancelled).toEqual([1])
  })
})
