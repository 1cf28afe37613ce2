import { describe, expect, it } from 'vitest'
import { isPrintShortcut, sectionForShortcut, sectionOfPath } from './shortcuts'

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

describe('isPrintShortcut', () => {
  const key = (
    k: string,
    mods: Partial<KeyboardEvent> = {},
  ): Parameters<typeof isPrintShortcut>[0] => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  })
  it('takes Ctrl+P, or ⌘P on a Mac, in either case', () => {
    expect(isPrintShortcut(key('p', { ctrlKey: true }), false)).toBe(true)
    expect(isPrintShortcut(key('P', { ctrlKey: true }), false)).toBe(true)
    expect(isPrintShortcut(key('p', { metaKey: true }), true)).toBe(true)
  })
  it('leaves plain P, Ctrl+Shift+P and the other platform’s modifier alone', () => {
    expect(isPrintShortcut(key('p'), false)).toBe(false)
    expect(isPrintShortcut(key('p', { ctrlKey: true, shiftKey: true }), false)).toBe(false)
    expect(isPrintShortcut(key('p', { metaKey: true }), false)).toBe(false)
  })
})
