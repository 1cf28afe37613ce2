import { z } from 'zod'
import { baseFields, dateSchema, requiredText, text } from './common'

export const GIFT_DIRECTIONS = ['given', 'received'] as const

export const giftInputSchema = z.object({
  visitId: z.uuid(),
  direction: z.enum(GIFT_DIRECTIONS),
  description: requiredText(500),
  giverId: z.uuid().nullable(),
  recipientId: z.uuid().nullable(),
  /** Value in whole currency units, for the gifts register; null when unknown. */
  value: z.number().nonnegative({ message: 'v.notNegative' }).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, { message: 'v.currency' }),
  /** What became of it: kept in the town hall, exhibited, handed to the archive… */
  disposition: text(500),
})
export const giftSchema = giftInputSchema.extend(baseFields)
export type Gift = z.infer<typeof giftSchema>
export type GiftInput = z.infer<typeof giftInputSchema>

export const FOLLOW_UP_STATUSES = ['open', 'done', 'dropped'] as const

export const followUpInputSchema = z.object({
  visitId: z.uuid(),
  what: requiredText(500),
  owner: text(120),
  dueDate: dateSchema.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  doneAt: dateSchema.nullable(),
})
export const followUpSchema = followUpInputSchema.extend(baseFields)
export type FollowUp = z.infer<typeof followUpSchema>
export type FollowUpInput = z.infer<typeof followUpInputSchema>
