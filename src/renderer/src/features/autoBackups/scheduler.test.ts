import { describe, expect, it, vi } from 'vitest'
import { AUTO_BACKUP_INTERVAL_MS, createAutoBackupScheduler, intervalFromSearch } from './scheduler'

function setup() {
  let changes = 0
  let tick: (() => void) | null = null
  const writes: Array<() => void> = []
  const deps = {
    changeCount: () => changes,
    write: vi.fn(() => new Promise<void>((resolve) => writes.push(resolve))),
    repeat: vi.fn((_ms: number, callback: () => void) => {
      tick = callback
      return () => (tick = null)
    }),
    intervalMs: 1800_000,
    onWritten: vi.fn(),
    onFailed: vi.fn(),
  }
  const scheduler = createAutoBackupScheduler(deps)
  return {
    deps,
    scheduler,
    change: () => void (changes += 1),
    tick: () => tick?.(),
    finishWrite: async () => {
      writes.shift()?.()
      await new Promise((r) => setTimeout(r, 0))
    },
  }
}

describe('the automatic backup schedule', () => {
  it('writes at a tick only when something changed since the last backup', async () => {
    const s = setup()
    const stop = s.scheduler.start()
    expect(s.deps.repeat).toHaveBeenCalledWith(1800_000, expect.any(Function))
    s.tick()
    await new Promise((r) => setTimeout(r, 0))
    expect(s.deps.write).not.toHaveBeenCalled()
    s.change()
    s.tick()
    await new Promise((r) => setTimeout(r, 0))
    expect(s.deps.write).toHaveBeenCalledTimes(1)
    await s.finishWrite()
    expect(s.deps.onWritten).toHaveBeenCalledTimes(1)
    s.tick()
    await new Promise((r) => setTimeout(r, 0))
    expect(s.deps.write).toHaveBeenCalledTimes(1)
    stop()
  })

  it('writes one backup at a time, and a change during a write is backed up next', async () => {
    const s = setup()
    s.change()
    const first = s.scheduler.backupIfChanged()
    const second = s.scheduler.backupIfChanged()
    await new Promise((r) => setTimeout(r, 0))
    s.change() // while the first is being written
    await s.finishWrite()
    expect(await first).toBe(true)
    await new Promise((r) => setTimeout(r, 0))
    expect(s.deps.write).toHaveBeenCalledTimes(2)
    await s.finishWrite()
    expect(await second).toBe(true)
    expect(await s.scheduler.backupIfChanged()).toBe(false)
  })

  it('reports a failed backup and tries again at the next tick', async () => {
    const s = setup()
    s.deps.write.mockRejectedValueOnce(new Error('disk full'))
    s.scheduler.start()
    s.change()
    s.tick()
    await new Promise((r) => setTimeout(r, 0))
    expect(s.deps.onFailed).toHaveBeenCalledWith(new Error('disk full'))
    s.tick()
    await new Promise((r) => setTimeout(r, 0))
    expect(s.deps.write).toHaveBeenCalledTimes(2)
  })

  it('backs up on request even without a change', async () => {
    const s = setup()
    const done = s.scheduler.backupNow()
    await new Promise((r) => setTimeout(r, 0))
    await s.finishWrite()
    await done
    expect(s.deps.write).toHaveBeenCalledTimes(1)
  })

  it('takes a shorter interval from the address for tests, never below a second', () => {
    expect(intervalFromSearch('?autoBackupIntervalMs=1500')).toBe(1500)
    expect(intervalFromSearch('?autoBackupIntervalMs=5')).toBe(AUTO_BACKUP_INTERVAL_MS)
    expect(intervalFromSearch('?autoBackupIntervalMs=abc')).toBe(AUTO_BACKUP_INTERVAL_MS)
    expect(intervalFromSearch('')).toBe(AUTO_BACKUP_INTERVAL_MS)
  })
})
