import { describe, expect, it, vi } from 'vitest'
import { sendEvent } from './events'
import type { EventTarget } from './events'

type Send = EventTarget['send']

function target(destroyed = false): EventTarget & { send: ReturnType<typeof vi.fn<Send>> } {
  return { send: vi.fn<Send>(), isDestroyed: () => destroyed }
}

describe('sendEvent', () => {
  it('sends the payload on the event channel', () => {
    const contents = target()
    expect(sendEvent(contents, 'menu:command', { command: 'export-backup' })).toBe(true)
    expect(contents.send).toHaveBeenCalledExactlyOnceWith('menu:command', {
      command: 'export-backup',
    })
  })

  it('sends nothing without a window or to a closed one', () => {
    const closed = target(true)
    expect(sendEvent(null, 'menu:command', { command: 'new-visit' })).toBe(false)
    expect(sendEvent(closed, 'menu:command', { command: 'new-visit' })).toBe(false)
    expect(closed.send).not.toHaveBeenCalled()
  })

  it('refuses a payload the contract does not allow, before it leaves main', () => {
    const contents = target()
    const bogus = { command: 'format-disk' } as unknown as { command: 'new-visit' }
    expect(() => sendEvent(contents, 'menu:command', bogus)).toThrow()
    expect(contents.send).not.toHaveBeenCalled()
  })
})
