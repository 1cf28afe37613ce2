import type { z } from 'zod'
import { describeIssue } from '../i18n'

/** Thrown by repositories and imports when a row fails its schema; carries every issue. */
export class ValidationError extends Error {
  readonly issues: z.core.$ZodIssue[]
  readonly entity: string

  constructor(entity: string, issues: z.core.$ZodIssue[]) {
    super(`${entity}: ${issues.map((i) => describeIssue(i)).join('; ')}`)
    this.name = 'ValidationError'
    this.entity = entity
    this.issues = issues
  }
}
