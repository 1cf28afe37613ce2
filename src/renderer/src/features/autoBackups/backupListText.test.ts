import { describe, expect, it } from 'vitest'
import { translator } from '@shared/i18n'
import type { TFunction } from '@renderer/components'
import {
  backupCountsText,
  backupKindText,
  backupReadRefusalText,
  backupSizeText,
} from './backupListText'

const de = translator('de') as TFunction
const en = translator('en') as TFunction

describe('how a backup of the list reads', () => {
  it('names the kind, with the reason of a safety copy', () => {
    expect(backupKindText({ kind: 'auto', reason: null }, en)).toBe('Automatic backup')
    expect(backupKindText({ kind: 'safety', reason: 'before-restore' }, de)).toBe(
      'Sicherheitskopie vor einer Wiederherstellung',
    )
  })

  it('gives sizes in kB below a megabyte and in MB above, in the language', () => {
    expect(backupSizeText(300, 'en', en)).toBe('1 kB')
    expect(backupSizeText(860_160, 'en', en)).toBe('840 kB')
    expect(backupSizeText(12.34 * 1024 * 1024, 'de', de)).toBe('12,3 MB')
  })

  it('lists the tables with rows, and says when a file cannot be read', () => {
    expect(backupCountsText({ contacts: 1204, visits: 3, gifts: 0 }, 'de', de)).toBe(
      'Kontakte 1.204 · Besuche 3',
    )
    expect(backupCountsText({}, 'en', en)).toBe('no rows')
    expect(backupCountsText(null, 'en', en)).toBe('unreadable')
  })

  it('says in both languages why a file was not read, from the status and sizes main sends', () => {
    const tooLarge = {
      status: 'too-large',
      name: 'b.json',
      size: 201 * 2 ** 20,
      maxBytes: 200 * 2 ** 20,
    } as const
    expect(backupReadRefusalText(tooLarge, 'en', en)).toBe(
      '“b.json” is 201 MB, more than the 200 MB a backup of this app can have; it was not read. ' +
        'Nothing was changed.',
    )
    expect(backupReadRefusalText(tooLarge, 'de', de)).toBe(
      '„b.json“ ist 201 MB groß, mehr als die 200 MB, die eine Sicherung dieser App haben kann; ' +
        'die Datei wurde nicht gelesen. Es wurde nichts geändert.',
    )
    expect(backupReadRefusalText({ status: 'missing', name: 'b.json' }, 'de', de)).toBe(
      'Die Datei b.json ist nicht mehr da. Es wurde nichts geändert.',
    )
  })
})
