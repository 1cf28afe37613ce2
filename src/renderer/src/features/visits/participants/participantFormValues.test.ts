import { describe, expect, it } from 'vitest'
import { participantInputSchema } from '@shared/model/visit'
import type { Participant } from '@shared/model/visit'
import {
  emptyParticipantForm,
  participantFormToInput,
  participantToFormValues,
} from './participantFormValues'

const VISIT = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05'
const participant: Participant = {
  id: '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a06',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  visitId: VISIT,
  contactId: '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a07',
  side: 'delegation',
  role: 'staff',
  tripMobile: '+49 171 555 0105',
  mobileVerified: true,
  standsInForId: null,
}

describe('participant form converters', () => {
  it('starts as a member of the delegation, or of the side last used', () => {
    expect(emptyParticipantForm()).toEqual({
      contactId: '',
      side: 'delegation',
      role: 'member',
      tripMobile: '',
      mobileVerified: false,
      standsInForId: '',
    })
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

  it('round-trips a stored participant through the form unchanged', () => {
    const input = participantFormToInput(participantToFormValues(participant), VISIT)
    const { id: _id, createdAt: _c, updatedAt: _u, ...expected } = participant
    expect(input).toEqual(expected)
    expect(participantInputSchema.safeParse(input).success).toBe(true)
  })

  it('keeps whom they stand in for, and "nobody" as null', () => {
    const replaced = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a08'
    const standIn = { ...participant, standsInForId: replaced }
    expect(participantToFormValues(standIn).standsInForId).toBe(replaced)
    expect(participantFormToInput(participantToFormValues(standIn), VISIT).standsInForId).toBe(
      replaced,
    )
    expect(participantToFormValues(participant).standsInForId).toBe('')
    expect(participantFormToInput(participantToFormValues(participant), VISIT).standsInForId).toBe(
      null,
    )
  })

  it('trims the trip mobile and names a number that is none', () => {
    const values = { ...participantToFormValues(participant), tripMobile: '  +81 90 5555 0107 ' }
    expect(participantFormToInput(values, VISIT).tripMobile).toBe('+81 90 5555 0107')
    const bad = participantFormToInput({ ...values, tripMobile: 'ask Lena' }, VISIT)
    const issues = participantInputSchema.safeParse(bad).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['tripMobile', 'v.phone']])
  })

  it('refuses "verified" without a number, on the switch', () => {
    const values = { ...participantToFormValues(participant), tripMobile: ' ' }
    const issues =
      participantInputSchema.safeParse(participantFormToInput(values, VISIT)).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['mobileVerified', 'v.verifiedWithoutMobile'],
    ])
  })
})
