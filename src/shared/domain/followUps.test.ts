import { describe, expect, it } from 'vitest'
import { todayIn } from '../dates'
import { countOverdue, isOverdue, sortFollowUps } from './followUps'

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
