import { describe, expect, it } from 'vitest'
import { warmThenServe } from './warmThenServe'

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
const ticks = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await tick()
}

/** A warm-up whose runs end when the test says so. */
function controlledWarmUp(): { warmUp: () => Promise<void>; started: number; finish(): void } {
  const state = {
    started: 0,
    pending: [] as (() => void)[],
    warmUp: () =>
      new Promise<void>((resolve) => {
        state.started += 1
        state.pending.push(resolve)
      }),
    finish: () => state.pending.shift()?.(),
  }
  return state
}

function server(warmUp: () => Promise<void>, warmRuns = 3) {
  const log: string[] = []
  const s = warmThenServe({
    warmRuns,
    warmUp,
    serve: async (r: string) => void log.push(`served ${r}`),
    onWarmed: () => log.push('warmed'),
  })
  return { ...s, log }
}

describe('warmThenServe', () => {
  it('runs every warm-up run when no request comes, then says so', async () => {
    const w = controlledWarmUp()
    const s = server(w.warmUp)
    s.warm()
    s.warm() // asked twice (a repeated message): still one warm-up
    for (let i = 0; i < 3; i++) {
      await tick()
      w.finish()
      await ticks(2)
    }
    expect(w.started).toBe(3)
    expect(s.log).toEqual(['warmed'])
  })

  it('lets a request that comes during a run wait for that run only', async () => {
    const w = controlledWarmUp()
    const s = server(w.warmUp)
    s.warm()
    await tick()
    expect(w.started).toBe(1)
    s.serve('book')
    await ticks(2)
    expect(s.log).toEqual([]) // the run in progress is not cut short
    w.finish()
    await ticks(3)
    expect(s.log).toEqual(['warmed', 'served book'])
    expect(w.started).toBe(1)
  })

  it('serves at once, with no warm-up, when it was never told to warm up', async () => {
    const w = controlledWarmUp()
    const s = server(w.warmUp)
    s.serve('book')
    s.warm() // too late: the request came first
    await ticks(3)
    expect(w.started).toBe(0)
    expect(s.log).toEqual(['served book'])
  })

  it('serves a request despite a failing warm-up, and only the first request', async () => {
    const s = server(() => Promise.reject(new Error('no demo data')), 2)
    s.warm()
    await ticks(4)
    s.serve('first')
    s.serve('second')
    await ticks(3)
    expect(s.log).toEqual(['warmed', 'served first'])
  })
})
