import { describe, expect, it } from 'vitest'
import { giftInputSchema } from '@shared/model/gift'
import { emptyGiftForm, giftFormSchema, giftFormToInput, giftToFormValues } from './giftFormValues'

const VISIT = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05'

describe('gift form converters', () => {
  const base = { ...emptyGiftForm('received'), description: 'Porzellanvase' }

  it('reads a German decimal comma and an empty value as unknown', () => {
    expect(giftFormToInput({ ...base, value: '49,90' }, VISIT).value).toBe(49.9)
    expect(giftFormToInput({ ...base, value: ' ' }, VISIT).value).toBeNull()
  })

  it('upper-cases the currency and accepts the result', () => {
    const input = giftFormToInput({ ...base, value: '120', currency: ' jpy ' }, VISIT)
    expect(input.currency).toBe('JPY')
    expect(giftInputSchema.safeParse(input).success).toBe(true)
  })

  it('rejects letters in the value on the value field, saying a number is wanted', () => {
    const input = giftFormToInput({ ...base, value: 'teuer' }, VISIT)
    const issues = giftFormSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['value', 'v.number']])
  })

  it('rejects a negative value and accepts what the model accepts', () => {
    const negative = giftFormToInput({ ...base, value: '-5' }, VISIT)
    expect(giftFormSchema.safeParse(negative).error?.issues[0]?.message).toBe('v.notNegative')
    const fine = giftFormToInput({ ...base, value: '49,90' }, VISIT)
    expect(giftFormSchema.parse(fine)).toEqual(giftInputSchema.parse(fine))
  })

  it('round-trips a stored gift', () => {
    const input = giftFormToInput({ ...base, value: '300', giverId: '' }, VISIT)
    const stored = {
      ...input,
      id: '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a09',
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    }
    expect(giftToFormValues(stored)).toEqual({ ...base, value: '300' })
  })
})
