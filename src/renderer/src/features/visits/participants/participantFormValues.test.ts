import { describe, expect, it } from 'vitest'
import { participantInputSchema } from '@shared/model/visit'
import { emptyParticipantForm, participantFormToInput } from './participantFormValues'

describe('participant form converters', () => {
  it('starts as a member of the delegation, or of the side last used', () => {
    expect(emptyParticipantForm()).toEqual({ contactId: '', side: 'delegation', role: 'member' })
    expect(emptyParticipantForm('host').side).toBe('host')
  })

  it('asks for a contact when none is chosen', () => {
    const input = participantFormToInput(
      emptyParticipantForm(),
      '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05',
    )
    const issues = participantInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contactId', 'v.chooseContact'],
    ])
  })
})
