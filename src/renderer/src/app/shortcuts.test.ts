import { describe, expect, it } from 'vitest'
import { sectionForShortcut, sectionOfPath } from './shortcuts'

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
})

describe('sectionForShortcut', () => {
  it('maps Ctrl+1…6 to the sections in order', () => {
    expect(sectionForShortcut(key('1', { ctrl: true }), false)?.path).toBe('/visits')
    expect(sectionForShortcut(key('4', { ctrl: true }), false)?.path).toBe('/cities')
    expect(sectionForShortcut(key('6', { ctrl: true }), false)?.path).toBe('/settings')
  })

  it('uses Cmd on macOS', () => {
    expect(sectionForShortcut(key('2', { meta: true }), true)?.path).toBe('/contacts')
    expect(sectionForShortcut(key('2', { ctrl: true }), true)).toBeNull()
  })

  it('ignores plain digits, other modifiers and numbers without a section', () => {
    expect(sectionForShortcut(key('1'), false)).toBeNull()
    expect(sectionForShortcut(key('1', { ctrl: true, shift: true }), false)).toBeNull()
    expect(sectionForShortcut(key('7', { ctrl: true }), false)).toBeNull()
    expect(sectionForShortcut(key('a', { ctrl: true }), false)).toBeNull()
  })
})

describe('sectionOfPath', () => {
  it('finds the section of nested routes', () => {
    expect(sectionOfPath('/contacts/123')?.key).toBe('contacts')
    expect(sectionOfPath('/visits')?.key).toBe('visits')
    expect(sectionOfPath('/visitsx')).toBeNull()
  })
})
