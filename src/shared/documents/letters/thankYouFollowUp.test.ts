import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../model/gift'
import {
  followUpsTickedByThanks,
  isThankYouFollowUp,
  offersThankYouFollowUp,
  thankYouFollowUpInput,
} from './thankYouFollowUp'

const VISIT = {
  id: '11111111-1111-4111-8111-111111111111',
  endDate: '2026-11-20',
  status: 'completed' as const,
}
const row = (what: string, status: FollowUp['status'] = 'open'): FollowUp => ({
  id: crypto.randomUUID(),
  createdAt: '2026-11-21T08:00:00.000Z',
  updatedAt: '2026-11-21T08:00:00.000Z',
  visitId: VISIT.id,
  what,
  owner: 'Protokoll',
  dueDate: null,
  status,
  doneAt: null,
})

describe('the thank-you letters follow-up', () => {
  it('is offered once the visit is over and none exists yet', () => {
    expect(offersThankYouFollowUp(VISIT, [], '2026-11-21')).toBe(true)
    expect(offersThankYouFollowUp(VISIT, [], '2026-11-20')).toBe(false)
    expect(offersThankYouFollowUp({ ...VISIT, status: 'cancelled' }, [], '2026-12-01')).toBe(false)
    expect(
      offersThankYouFollowUp(VISIT, [row('Send thank-you letters', 'done')], '2026-12-01'),
    ).toBe(false)
  })

  it('is due a week after the visit, in the language of the screen', () => {
    expect(thankYouFollowUpInput(VISIT, 'de', 'Protokoll')).toMatchObject({
      what: 'Dankschreiben versenden',
      dueDate: '2026-11-27',
      status: 'open',
    })
  })

  it('is recognised in either language, and only open ones of the visit are ticked off', () => {
    expect(isThankYouFollowUp({ what: ' Dankschreiben versenden ' })).toBe(true)
    expect(isThankYouFollowUp({ what: 'Fotos schicken' })).toBe(false)
    const rows = [
      row('Send thank-you letters'),
      row('Dankschreiben versenden', 'done'),
      row('Fotos'),
    ]
    expect(followUpsTickedByThanks(VISIT.id, rows)).toEqual([rows[0]])
    expect(followUpsTickedByThanks(crypto.randomUUID(), rows)).toEqual([])
  })
})
