import { describe, expect, it } from 'vitest'
import { formatDateField, monthNamesFor } from '../dates'
import { parseDateEntry, parseDateTimeEntry, type DateEntryError } from './dateEntry'

const reference = '2026-12-02'
const parse = (text: string): ReturnType<typeof parseDateEntry> =>
  parseDateEntry(text, { reference })

describe('parseDateEntry: what a German hand types', () => {
  it.each([
    ['22.12.2026', '2026-12-22'],
    ['22.12.26', '2026-12-22'],
    ['22.12.', '2026-12-22'],
    ['22.12', '2026-12-22'],
    ['2212', '2026-12-22'],
    ['221226', '2026-12-22'],
    ['22122026', '2026-12-22'],
    ['1.3.2027', '2027-03-01'],
    [' 01.03.27 ', '2027-03-01'],
    ['22. Dezember 2026', '2026-12-22'],
    ['22. Dez. 2026', '2026-12-22'],
    ['3. März', '2027-03-03'],
    ['3 Maerz 27', '2027-03-03'],
    ['29.02.2028', '2028-02-29'],
  ])('%j → %s', (typed, expected) => {
    expect(parse(typed)).toEqual({ ok: true, date: expected })
  })
})

describe('parseDateEntry: what an English hand types (day first, as en-GB)', () => {
  it.each([
    ['22/12/2026', '2026-12-22'],
    ['22/12/26', '2026-12-22'],
    ['22/12', '2026-12-22'],
    ['22-12-2026', '2026-12-22'],
    ['22 Dec 2026', '2026-12-22'],
    ['22 December 2026', '2026-12-22'],
    ['22-Dec-26', '2026-12-22'],
    ['5 jan', '2027-01-05'],
  ])('%j → %s', (typed, expected) => {
    expect(parse(typed)).toEqual({ ok: true, date: expected })
  })
})

describe('parseDateEntry: pasted and edge cases', () => {
  it('takes ISO dates as they are, with or without leading zeros', () => {
    expect(parse('2026-12-22')).toEqual({ ok: true, date: '2026-12-22' })
    expect(parse('2027-3-1')).toEqual({ ok: true, date: '2027-03-01' })
  })

  it('gives a date without a year the nearest occurrence to today', () => {
    // On 2 December: January is the coming one, November the one just past.
    expect(parse('05.01.')).toEqual({ ok: true, date: '2027-01-05' })
    expect(parse('15.11.')).toEqual({ ok: true, date: '2026-11-15' })
    expect(parseDateEntry('15.06.', { reference: '2026-01-10' })).toEqual({
      ok: true,
      date: '2026-06-15',
    })
  })

  it.each<[string, DateEntryError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['morgen', 'notADate'],
    ['22.12.2', 'notADate'],
    ['22.12.202', 'notADate'],
    ['22 Foo 2026', 'notADate'],
    ['22.13.2026', 'monthOutOfRange'],
    ['2026-00-10', 'monthOutOfRange'],
    ['31.04.2026', 'noSuchDay'],
    ['29.02.2027', 'noSuchDay'],
    ['0.1.2027', 'noSuchDay'],
    ['12/22/2026', 'monthOutOfRange'],
    ['22.12.1850', 'yearOutOfRange'],
    ['2300-01-01', 'yearOutOfRange'],
  ])('refuses %j: %s', (typed, error) => {
    expect(parse(typed)).toEqual({ ok: false, error })
  })
})

describe('formatDateField', () => {
  it.each([
    ['2026-12-22', 'de', '22.12.2026'],
    ['2026-12-22', 'en', '22/12/2026'],
    ['2027-03-01', 'de', '01.03.2027'],
    ['2027-03-01', 'en', '01/03/2027'],
    ['22.12.2', 'de', '22.12.2'],
    ['', 'en', ''],
    ['2026-02-31', 'de', '2026-02-31'],
  ] as const)('%s in %s → %j', (value, language, shown) => {
    expect(formatDateField(value, language)).toBe(shown)
  })

  it('reads back what it shows', () => {
    for (const language of ['de', 'en'] as const) {
      const shown = formatDateField('2027-08-09', language)
      expect(parse(shown)).toEqual({ ok: true, date: '2027-08-09' })
    }
  })

  it('names the months in each language', () => {
    expect(monthNamesFor('de')[2]).toBe('März')
    expect(monthNamesFor('en')[11]).toBe('December')
  })
})

describe('parseDateTimeEntry', () => {
  it.each([
    ['2026-12-22T09:30', '2026-12-22T09:30'],
    ['22.12.2026, 09:30', '2026-12-22T09:30'],
    ['22.12.26 930', '2026-12-22T09:30'],
    ['22.12. 14', '2026-12-22T14:00'],
    ['22/12/2026 9.30', '2026-12-22T09:30'],
    ['22 Dec 2026, 18:05', '2026-12-22T18:05'],
    ['22.12.2026 14 Uhr', '2026-12-22T14:00'],
  ])('%j → %s', (typed, expected) => {
    expect(parseDateTimeEntry(typed, { reference })).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['', 'both', 'empty'],
    ['22.12.2026', 'both', 'notADateTime'],
    ['morgen früh', 'both', 'notADateTime'],
    ['31.04.2026 10:00', 'date', 'noSuchDay'],
    ['22.12.2026 25:00', 'time', 'hourOutOfRange'],
    ['22.12.2026 9:75', 'time', 'minuteOutOfRange'],
  ])('refuses %j: the %s part, %s', (typed, part, error) => {
    expect(parseDateTimeEntry(typed, { reference })).toEqual({ ok: false, part, error })
  })
})
