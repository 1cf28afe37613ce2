import { z } from 'zod'
import type { Gift, GiftInput } from '@shared/model/gift'
import { giftInputSchema } from '@shared/model/gift'
import { blankToNull, nullToBlank, optionalNumber } from '@renderer/components/form/converters'

/** The value is typed as text ("120", "49,90"); ids are '' for "nobody chosen". */
export type GiftFormValues = {
  direction: Gift['direction']
  description: string
  giverId: string
  recipientId: string
  value: string
  currency: string
  disposition: string
}

/** The model's gift, with a message for a value that is not a number (decimals are fine). */
export const giftFormSchema = giftInputSchema.extend({
  value: z.number({ message: 'v.number' }).nonnegative({ message: 'v.notNegative' }).nullable(),
})

export function emptyGiftForm(direction: Gift['direction'] = 'given'): GiftFormValues {
  return {
    direction,
    description: '',
    giverId: '',
    recipientId: '',
    value: '',
    currency: 'EUR',
    disposition: '',
  }
}

export function giftToFormValues(gift: Gift): GiftFormValues {
  return {
    direction: gift.direction,
    description: gift.description,
    giverId: nullToBlank(gift.giverId),
    recipientId: nullToBlank(gift.recipientId),
    value: nullToBlank(gift.value),
    currency: gift.currency,
    disposition: gift.disposition,
  }
}

export function giftFormToInput(values: GiftFormValues, visitId: string): GiftInput {
  return {
    visitId,
    direction: values.direction,
    description: values.description,
    giverId: blankToNull(values.giverId),
    recipientId: blankToNull(values.recipientId),
    value: optionalNumber(values.value),
    currency: values.currency.trim().toUpperCase(),
    disposition: values.disposition,
  }
}
