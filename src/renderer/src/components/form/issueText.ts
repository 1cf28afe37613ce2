import type { z } from 'zod'
import { issueMessage } from '@shared/i18n'

type Translate = (key: string, params?: Record<string, string | number>) => string

/**
 * A schema issue as the message under a form field. Forms hold text, so a number field that got
 * letters says "must be a whole number" rather than zod's "expected number, received NaN".
 */
export function formIssueText(issue: z.core.$ZodIssue, t: Translate): string {
  if (
    issue.code === 'invalid_type' &&
    (issue.expected === 'number' || issue.expected === 'int') &&
    !issue.message.startsWith('v.') &&
    !/received (undefined|null)$/.test(issue.message)
  ) {
    return t('forms.notANumber')
  }
  return issueMessage(issue, t)
}

/** "E-Mail: muss eine E-Mail-Adresse sein" — the field named, then what is wrong. */
export function labelledMessage(label: string | undefined, message: string, t: Translate): string {
  return label ? t('forms.fieldError', { label, message }) : message
}
