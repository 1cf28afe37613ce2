import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { translator } from '@shared/i18n'
import { formIssueText, labelledMessage } from './issueText'

const de = translator('de')
const en = translator('en')

function firstIssue(schema: z.ZodType, value: unknown): z.core.$ZodIssue {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected a failure')
  const issue = result.error.issues[0]
  if (!issue) throw new Error('no issue')
  return issue
}

describe('formIssueText', () => {
  it('says "whole number" for letters or fractions in a number field', () => {
    expect(formIssueText(firstIssue(z.number(), Number.NaN), de)).toBe(de('forms.notANumber'))
    expect(formIssueText(firstIssue(z.number().int(), 12.5), en)).toBe(en('forms.notANumber'))
  })

  it('keeps "required" for an empty number and model messages as they are', () => {
    expect(formIssueText(firstIssue(z.number(), undefined), de)).toBe('ist ein Pflichtfeld')
    const email = z.email({ message: 'v.email' })
    expect(formIssueText(firstIssue(email, 'nope'), de)).toBe('muss eine E-Mail-Adresse sein')
  })
})

describe('labelledMessage', () => {
  it('names the field first', () => {
    expect(labelledMessage('E-Mail', 'muss eine E-Mail-Adresse sein', de)).toBe(
      'E-Mail: muss eine E-Mail-Adresse sein',
    )
    expect(labelledMessage(undefined, 'kaputt', de)).toBe('kaputt')
  })
})
