import { describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import { acceleratorOf, formatShortcut, SHORTCUT_IDS, SHORTCUTS, shortcutOfKey } from './shortcuts'

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

describe('the shortcut registry', () => {
  it('has each id once, with keys and a label in both languages', () => {
    expect(SHORTCUTS.map((s) => s.id)).toEqual([...SHORTCUT_IDS])
    for (const s of SHORTCUTS) {
      expect(s.chords.length).toBeGreaterThan(0)
      expect(translator('de')(s.labelKey)).not.toBe(s.labelKey)
      expect(translator('en')(s.labelKey)).not.toBe(translator('de')(s.labelKey))
    }
  })

  it('no two shortcuts share a chord', () => {
    const chords = SHORTCUTS.flatMap((s) => s.chords.map((c) => `${c.mod}-${c.shift}-${c.key}`))
    expect(new Set(chords).size).toBe(chords.length)
  })

  it('says Strg in German, Ctrl in English and ⌘ on a Mac', () => {
    expect(formatShortcut('newItem', false, 'Strg+')).toBe('Strg+N')
    expect(formatShortcut('newItem', false, 'Ctrl+')).toBe('Ctrl+N')
    expect(formatShortcut('palette', true, 'Strg+')).toBe('⌘K')
    expect(formatShortcut('shortcutList', false, 'Strg+')).toBe('F1 / ?')
  })

  it('gives the native menu Electron accelerators', () => {
    expect(acceleratorOf('save')).toBe('CmdOrCtrl+S')
    expect(acceleratorOf('shortcutList')).toBe('F1')
  })

  it('matches Ctrl on Windows/Linux and ⌘ on a Mac, never both or with Alt', () => {
    expect(shortcutOfKey(key('n', { ctrl: true }), false, false)).toBe('newItem')
    expect(shortcutOfKey(key('N', { ctrl: true }), false, true)).toBe('newItem')
    expect(shortcutOfKey(key('n', { meta: true }), false, false)).toBeNull()
    expect(shortcutOfKey(key('n', { meta: true }), true, false)).toBe('newItem')
    expect(shortcutOfKey(key('n', { ctrl: true }), true, false)).toBeNull()
    expect(shortcutOfKey(key('n', { ctrl: true, alt: true }), false, false)).toBeNull()
    expect(shortcutOfKey(key('n', { ctrl: true, shift: true }), false, false)).toBeNull()
    expect(shortcutOfKey(key('k', { ctrl: true }), false, true)).toBe('palette')
    expect(shortcutOfKey(key('s', { ctrl: true }), false, true)).toBe('save')
    expect(shortcutOfKey(key('f', { ctrl: true }), false, false)).toBe('search')
  })

  it('keeps ? and Ctrl+Z for typing while the focus is in a text field', () => {
    expect(shortcutOfKey(key('?', { shift: true }), false, false)).toBe('shortcutList')
    expect(shortcutOfKey(key('?', { shift: true }), false, true)).toBeNull()
    expect(shortcutOfKey(key('F1'), false, true)).toBeNull()
    expect(shortcutOfKey(key('F1'), false, false)).toBe('shortcutList')
    expect(shortcutOfKey(key('z', { ctrl: true }), false, false)).toBe('undoDelete')
    expect(shortcutOfKey(key('z', { ctrl: true }), false, true)).toBeNull()
  })

  it('leaves Ctrl+P and Ctrl+1…6 to their own handlers', () => {
    expect(shortcutOfKey(key('p', { ctrl: true }), false, false)).toBeNull()
    expect(shortcutOfKey(key('1', { ctrl: true }), false, false)).toBeNull()
  })
})
