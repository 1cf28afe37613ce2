import { describe, expect, it } from 'vitest'
import { todayIn } from '../dates'
import {
  countOverdue,
  followUpOwners,
  followUpsOfLiveVisits,
  isOverdue,
  matchesFollowUpFilter,
  sortByDueDate,
  sortFollowUps,
  type FollowUpListFields,
} from './followUps'

describe('isOverdue', () => {
  const today = '2027-03-10'

  it('is overdue when open and due before today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2027-03-09' }, today)).toBe(true)
  })

  it('is not overdue on the due date itself', () => {
    expect(isOverdue({ status: 'open', dueDate: '2027-03-10' }, today)).toBe(false)
  })

  it('is never overdue when done, dropped or without due date', () => {
    expect(isOverdue({ status: 'done', dueDate: '2027-01-01' }, today)).toBe(false)
    expect(isOverdue({ status: 'dropped', dueDate: '2027-01-01' }, today)).toBe(false)
    expect(isOverdue({ status: 'open', dueDate: null }, today)).toBe(false)
  })

  it('judges by today in the home zone, not in UTC', () => {
    // 23:30 UTC on 9 March is already 10 March in Berlin: a task due on the 9th is overdue there.
    const now = new Date('2027-03-09T23:30:00Z')
    const due = { status: 'open' as const, dueDate: '2027-03-09' }
    expect(isOverdue(due, todayIn('Europe/Berlin', now))).toBe(true)
    expect(isOverdue(due, todayIn('America/Los_Angeles', now))).toBe(false)
  })

  it('counts the overdue ones', () => {
    const list = [
      { status: 'open' as const, dueDate: '2027-03-01' },
      { status: 'open' as const, dueDate: '2027-04-01' },
      { status: 'done' as const, dueDate: '2027-03-01' },
    ]
    expect(countOverdue(list, today)).toBe(1)
  })
})

describe('sortFollowUps', () => {
  it('puts open ones first by due date, undated last, then done and dropped', () => {
    const list = [
      { id: 'dropped', status: 'dropped' as const, dueDate: '2027-01-01' },
      { id: 'open-undated', status: 'open' as const, dueDate: null },
      { id: 'done', status: 'done' as const, dueDate: '2027-01-01' },
      { id: 'open-late', status: 'open' as const, dueDate: '2027-05-01' },
      { id: 'open-soon', status: 'open' as const, dueDate: '2027-02-01' },
    ]
    expect(sortFollowUps(list).map((f) => f.id)).toEqual([
      'open-soon',
      'open-late',
      'open-undated',
      'done',
      'dropped',
    ])
  })
})

describe('matchesFollowUpFilter', () => {
  const today = '2027-03-10'
  const task = (over: Partial<FollowUpListFields>): FollowUpListFields => ({
    status: 'open',
    dueDate: '2027-03-01',
    owner: 'Protokoll',
    ...over,
  })

  it('shows open ones, overdue ones or all', () => {
    const overdue = task({})
    const dueLater = task({ dueDate: '2027-04-01' })
    const done = task({ status: 'done' })
    const list = [overdue, dueLater, done]
    const pick = (scope: 'open' | 'overdue' | 'all'): FollowUpListFields[] =>
      list.filter((f) => matchesFollowUpFilter(f, { scope, owner: null }, today))
    expect(pick('open')).toEqual([overdue, dueLater])
    expect(pick('overdue')).toEqual([overdue])
    expect(pick('all')).toEqual(list)
  })

  it('filters by owner without regard to case or surrounding spaces', () => {
    const filter = { scope: 'all' as const, owner: 'protokoll' }
    expect(matchesFollowUpFilter(task({ owner: ' Protokoll ' }), filter, today)).toBe(true)
    expect(matchesFollowUpFilter(task({ owner: 'Presse' }), filter, today)).toBe(false)
    expect(matchesFollowUpFilter(task({ owner: '' }), filter, today)).toBe(false)
  })
})

describe('followUpOwners', () => {
  it('lists each owner once as first written, blanks left out, in German order', () => {
    expect(
      followUpOwners([
        { owner: 'Protokoll' },
        { owner: '  ' },
        { owner: 'Öffentlichkeitsarbeit' },
        { owner: 'protokoll ' },
        { owner: 'Büro der Bürgermeisterin' },
      ]),
    ).toEqual(['Büro der Bürgermeisterin', 'Öffentlichkeitsarbeit', 'Protokoll'])
  })
})

describe('sortByDueDate', () => {
  const list = [
    { id: '1', what: 'Fotos schicken', status: 'open' as const, dueDate: '2027-03-05' },
    { id: '2', what: 'Dankschreiben', status: 'open' as const, dueDate: null },
    { id: '3', what: 'Bericht', status: 'done' as const, dueDate: '2027-02-01' },
    { id: '4', what: 'Angebot prüfen', status: 'dropped' as const, dueDate: '2027-03-05' },
    { id: '5', what: 'Anruf', status: 'open' as const, dueDate: '2027-03-05' },
  ]

  it('puts the soonest first, undated last, ties open first and then by text', () => {
    expect(sortByDueDate(list).map((f) => f.id)).toEqual(['3', '5', '1', '4', '2'])
  })

  it('puts the latest first when asked, undated still last', () => {
    expect(sortByDueDate(list, 'desc').map((f) => f.id)).toEqual(['5', '1', '4', '3', '2'])
  })
})

describe('followUpsOfLiveVisits', () => {
  it('leaves out the follow-ups of visits in the trash and of visits that are gone', () => {
    const visits = [
      { id: 'live', deletedAt: null },
      { id: 'trashed', deletedAt: '2027-01-01T00:00:00.000Z' },
    ]
    const followUps = [{ visitId: 'live' }, { visitId: 'trashed' }, { visitId: 'gone' }]
    expect(followUpsOfLiveVisits(followUps, visits)).toEqual([{ visitId: 'live' }])
  })
})
