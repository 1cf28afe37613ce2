import { describe, expect, it } from 'vitest'
import { followUpInputSchema } from '@shared/model/gift'
import { emptyFollowUpForm, followUpFormToInput } from './followUpFormValues'

const context = {
  visitId: '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05',
  today: '2027-03-10',
  previousDoneAt: null,
}

describe('follow-up form converters', () => {
  it('stores no due date as null and validates', () => {
    const input = followUpFormToInput({ ...emptyFollowUpForm(), what: 'Dank schreiben' }, context)
    expect(input.dueDate).toBeNull()
    expect(followUpInputSchema.safeParse(input).success).toBe(true)
  })

  it('stamps today when an item becomes done and keeps an earlier stamp', () => {
    const done = { ...emptyFollowUpForm(), what: 'X', status: 'done' as const }
    expect(followUpFormToInput(done, context).doneAt).toBe('2027-03-10')
    expect(followUpFormToInput(done, { ...context, previousDoneAt: '2027-02-01' }).doneAt).toBe(
      '2027-02-01',
    )
  })

  it('clears the stamp when reopened or dropped', () => {
    const reopened = { ...emptyFollowUpForm(), what: 'X', status: 'open' as const }
    expect(followUpFormToInput(reopened, { ...context, previousDoneAt: '2027-02-01' }).doneAt).toBe(
      null,
    )
  })

  it('names a missing task on its field', () => {
    const input = followUpFormToInput(emptyFollowUpForm(), context)
    const issues = followUpInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['what', 'v.required']])
  })
})
