import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { CHANNELS, CONTRACT } from '../contract'
import { issueMessage, translator } from '../i18n'
import { TABLE_INPUT_SCHEMAS, TABLE_NAMES, TABLE_SCHEMAS } from './tables'

/**
 * Robust input (issue 12): whatever arrives — a damaged backup row, a hostile IPC argument, a form
 * filled with anything — every schema of the app answers with a verdict, never an exception, and
 * every problem it finds has a translated message in both languages, so the user is told which
 * field is wrong instead of seeing a key or a crash.
 */

const SCHEMAS: readonly (readonly [string, z.ZodType])[] = [
  ...TABLE_NAMES.map((name) => [`row of ${name}`, TABLE_SCHEMAS[name]] as const),
  ...TABLE_NAMES.map((name) => [`input of ${name}`, TABLE_INPUT_SCHEMAS[name]] as const),
  ...CHANNELS.map((channel) => [`argument of ${channel}`, CONTRACT[channel].args] as const),
]

/** Text that breaks naive code: very long, emoji, right-to-left, mixed scripts, controls. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    'x'.repeat(100_000),
    '👩‍👩‍👧‍👦🇩🇪🏳️‍🌈',
    'مرحبا بالوفد',
    'שלום abc 123 مرحبا',
    'Bürgermeisterin 市长 Мэр',
    '\u202e\u0000\ufeff\ud800',
    '../../etc/passwd',
    '__proto__',
  ),
)
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything(),
    hostileText,
    fc.dictionary(hostileText, tie('value'), { maxKeys: 5 }),
    fc.array(tie('value'), { maxLength: 5 }),
  ),
})).value

const languages = [translator('de'), translator('en')] as const

describe.each(SCHEMAS)('the %s', (_name, schema) => {
  it('gives a verdict for anything, with a translated message per problem', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const result = schema.safeParse(value)
        if (result.success) return
        expect(result.error.issues.length).toBeGreaterThan(0)
        for (const issue of result.error.issues) {
          for (const t of languages) {
            const message = issueMessage(issue, t)
            expect(message.trim()).not.toBe('')
            expect(message, `untranslated for ${issue.code}`).not.toMatch(/^v\./)
          }
        }
      }),
      { numRuns: 60 },
    )
  })
})
