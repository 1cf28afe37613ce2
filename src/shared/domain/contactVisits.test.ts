import { describe, expect, it } from 'vitest'
import { contactVisitsAhead, type ContactInvolvement } from './contactVisits'

type VisitRow = ContactInvolvement['visits'][number]

const visit = (id: string, startDate: string, endDate: string, extra: Partial<VisitRow> = {}) => ({
  id,
  title: `Besuch ${id}`,
  startDate,
  endDate,
  status: 'planned' as const,
  deletedAt: null,
  headOfDelegationId: null,
  hostId: null,
  ...extra,
})

const TODAY = '2027-03-10'

describe('contactVisitsAhead', () => {
  it('names upcoming and running visits the contact takes part in, by start date', () => {
    const data: ContactInvolvement = {
      visits: [
        visit('later', '2027-05-01', '2027-05-03'),
        visit('running', '2027-03-08', '2027-03-12'),
        visit('endsToday', '2027-03-07', '2027-03-10'),
        visit('past', '2027-02-01', '2027-02-03'),
      ],
      participants: [
        { visitId: 'later', contactId: 'c' },
        { visitId: 'running', contactId: 'c' },
        { visitId: 'endsToday', contactId: 'c' },
        { visitId: 'past', contactId: 'c' },
      ],
      agendaItems: [],
    }
    expect(contactVisitsAhead('c', data, TODAY)).toEqual([
      {
        id: 'endsToday',
        title: 'Besuch endsToday',
        startDate: '2027-03-07',
        endDate: '2027-03-10',
      },
      { id: 'running', title: 'Besuch running', startDate: '2027-03-08', endDate: '2027-03-12' },
      { id: 'later', title: 'Besuch later', startDate: '2027-05-01', endDate: '2027-05-03' },
    ])
  })

  it('counts head of delegation, host and programme counterparts as taking part', () => {
    const data: ContactInvolvement = {
      visits: [
        visit('head', '2027-04-01', '2027-04-02', { headOfDelegationId: 'c' }),
        visit('host', '2027-04-03', '2027-04-04', { hostId: 'c' }),
        visit('counterpart', '2027-04-05', '2027-04-06'),
        visit('other', '2027-04-07', '2027-04-08'),
      ],
      participants: [{ visitId: 'other', contactId: 'someone-else' }],
      agendaItems: [
        { visitId: 'counterpart', counterpartIds: ['x', 'c'] },
        { visitId: 'other', counterpartIds: ['x'] },
      ],
    }
    expect(contactVisitsAhead('c', data, TODAY).map((v) => v.id)).toEqual([
      'head',
      'host',
      'counterpart',
    ])
  })

  it('leaves out trashed, completed and cancelled visits', () => {
    const data: ContactInvolvement = {
      visits: [
        visit('trashed', '2027-04-01', '2027-04-02', { deletedAt: '2027-03-01T00:00:00.000Z' }),
        visit('cancelled', '2027-04-01', '2027-04-02', { status: 'cancelled' }),
        visit('completed', '2027-03-09', '2027-03-11', { status: 'completed' }),
        visit('draft', '2027-04-01', '2027-04-02', { status: 'draft' }),
      ],
      participants: ['trashed', 'cancelled', 'completed', 'draft'].map((visitId) => ({
        visitId,
        contactId: 'c',
      })),
      agendaItems: [],
    }
    expect(contactVisitsAhead('c', data, TODAY).map((v) => v.id)).toEqual(['draft'])
  })

  it('is empty for a contact in no visit ahead', () => {
    const data: ContactInvolvement = {
      visits: [visit('v', '2027-04-01', '2027-04-02', { headOfDelegationId: 'other' })],
      participants: [{ visitId: 'v', contactId: 'other' }],
      agendaItems: [{ visitId: 'v', counterpartIds: ['other'] }],
    }
    expect(contactVisitsAhead('c', data, TODAY)).toEqual([])
  })
})
