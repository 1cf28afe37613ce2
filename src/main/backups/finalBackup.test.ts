import { describe, expect, it, vi } from 'vitest'
import { createFinalBackupGuard, type FinalBackupDeps } from './finalBackup'

function setup(pageThere = true) {
  const timers: Array<{ ms: number; callback: () => void; cancelled: boolean }> = []
  const deps = {
    requestFinalBackup: vi.fn(() => pageThere),
    finish: vi.fn(),
    startTimer: (ms: number, callback: () => void) => {
      const timer = { ms, callback, cancelled: false }
      timers.push(timer)
      return () => void (timer.cancelled = true)
    },
    timeoutMs: 10_000,
  } satisfies FinalBackupDeps
  return { deps, timers, guard: createFinalBackupGuard(deps) }
}

describe('the last backup before closing', () => {
  it('holds the close, asks the page once and closes when it confirms', () => {
    const { deps, timers, guard } = setup()
    expect(guard.onClose()).toBe(true)
    expect(guard.onClose()).toBe(true)
    expect(deps.requestFinalBackup).toHaveBeenCalledTimes(1)
    expect(deps.finish).not.toHaveBeenCalled()
    guard.onConfirmed()
    expect(deps.finish).toHaveBeenCalledTimes(1)
    expect(timers[0]?.cancelled).toBe(true)
    // The close that finish() causes goes through.
    expect(guard.onClose()).toBe(false)
  })

  it('closes after the time limit when the page never answers', () => {
    const { deps, timers, guard } = setup()
    guard.onClose()
    expect(timers[0]?.ms).toBe(10_000)
    timers[0]?.callback()
    expect(deps.finish).toHaveBeenCalledTimes(1)
    // A late answer changes nothing.
    guard.onConfirmed()
    expect(deps.finish).toHaveBeenCalledTimes(1)
  })

  it('closes at once when there is no page to ask', () => {
    const { deps, timers, guard } = setup(false)
    expect(guard.onClose()).toBe(false)
    expect(timers).toHaveLength(0)
    expect(deps.finish).not.toHaveBeenCalled()
  })

  it('ignores a confirmation nobody asked for', () => {
    const { deps, guard } = setup()
    guard.onConfirmed()
    expect(deps.finish).not.toHaveBeenCalled()
    expect(guard.onClose()).toBe(true)
  })
})
