import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ValidationError } from '../model/validation'
import { errorMessage, isKeyedError } from './errorMessage'
import { translator } from '.'

class InUseError extends Error {
  readonly messageKey = 'db.inUse'
  constructor(readonly count: number) {
    super(`cities x is still used by ${count} visits`)
  }
  get params(): Record<string, number> {
    return { count: this.count }
  }
}

describe('errorMessage', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows a keyed error in its own text, in the plural form its count needs', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(errorMessage(new InUseError(1), translator('de'), 'de')).toBe(
      'Die Partnerstadt wird noch verwendet (1 Eintrag) und kann nicht gelöscht werden.',
    )
    expect(errorMessage(new InUseError(3), translator('en'), 'en')).toBe(
      'The partner city is still in use (3 records) and cannot be deleted.',
    )
    expect(log).not.toHaveBeenCalled()
  })

  it('names the fields of a validation error', () => {
    const result = z.object({ name: z.string().min(1) }).safeParse({ name: '' })
    const error = new ValidationError('contacts', result.error?.issues ?? [])
    expect(errorMessage(error, translator('de'), 'de')).toBe('name: ist ein Pflichtfeld')
  })

  it('never shows a raw message: the generic text instead, the raw error in the log', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const raw = new Error("QuotaExceededError: IDBDatabase 'delegation-planner' transaction")
    expect(errorMessage(raw, translator('de'), 'de')).toBe(
      'Etwas ist schiefgegangen: Die Aktion wurde nicht ausgeführt.',
    )
    expect(errorMessage('a thrown string', translator('en'), 'en')).toBe(
      'Something went wrong: the action was not carried out.',
    )
    expect(log.mock.calls).toEqual([[raw], ['a thrown string']])
  })

  it('recognises keyed errors by their key, with or without parameters', () => {
    expect(isKeyedError({ messageKey: 'db.notFound' })).toBe(true)
    expect(isKeyedError({ messageKey: 'db.notFound', params: { id: 'x' } })).toBe(true)
    expect(isKeyedError({ messageKey: 3 })).toBe(false)
    expect(isKeyedError({ messageKey: 'db.notFound', params: 'x' })).toBe(false)
    expect(isKeyedError(null)).toBe(false)
  })
})
