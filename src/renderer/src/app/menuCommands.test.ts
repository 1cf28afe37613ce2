import { describe, expect, it } from 'vitest'
import { NAVIGATION_COMMANDS } from '@shared/contract'
import de from '@shared/i18n/de.json'
import { menuFocusOf, targetOfCommand } from './menuCommands'
import { SECTIONS } from './shortcuts'

function translationExists(key: string): boolean {
  let node: unknown = de
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

describe('targetOfCommand', () => {
  it.each(NAVIGATION_COMMANDS)('leads %s into one of the app sections', (command) => {
    const target = targetOfCommand(command)
    expect(
      SECTIONS.some((s) => target.path === s.path || target.path.startsWith(`${s.path}/`)),
    ).toBe(true)
    if (target.focus?.buttonLabelKey) {
      expect(translationExists(target.focus.buttonLabelKey)).toBe(true)
    }
  })

  it('opens a new visit, and the backup section for export and import', () => {
    expect(targetOfCommand('new-visit')).toEqual({ path: '/visits/new', focus: null })
    expect(targetOfCommand('export-backup').focus).toEqual({
      section: 'backup',
      buttonLabelKey: 'settings.backup.export',
    })
    expect(targetOfCommand('import-backup')).toMatchObject({
      path: '/settings',
      focus: { section: 'backup', buttonLabelKey: 'settings.backup.import' },
    })
  })
})

describe('menuFocusOf', () => {
  it('reads the focus a menu navigation carries, and nothing else', () => {
    expect(menuFocusOf({ menuFocus: { section: 'backup', buttonLabelKey: 'x' } })).toEqual({
      section: 'backup',
      buttonLabelKey: 'x',
    })
    expect(menuFocusOf({ menuFocus: { section: 'backup' } })).toEqual({ section: 'backup' })
    for (const other of [null, undefined, 'backup', {}, { menuFocus: null }, { menuFocus: {} }]) {
      expect(menuFocusOf(other)).toBeNull()
    }
  })
})
