import { describe, expect, it } from 'vitest'
import type { SeatAssignment } from '../../model/seatingPlan'
import { movePerson, occupantOf, unseatPerson } from './moves'
import { tid } from './seatingTestSupport'

const T = tid('T')
const at = (name: string, seat: number, behind = false): SeatAssignment => ({
  contactId: tid(name),
  tableId: T,
  seat,
  behind,
  manual: false,
})

describe('moving people by hand', () => {
  const plan = [at('A', 0), at('B', 1), at('C', 2, true)]

  it('swaps two seated people and marks both moves manual', () => {
    const moved = movePerson(plan, tid('A'), { tableId: T, seat: 1, behind: false })
    expect(occupantOf(moved, { tableId: T, seat: 1, behind: false })).toMatchObject({
      contactId: tid('A'),
      manual: true,
    })
    expect(occupantOf(moved, { tableId: T, seat: 0, behind: false })).toMatchObject({
      contactId: tid('B'),
      manual: true,
    })
    expect(moved).toHaveLength(3)
  })

  it('moves to a free seat, and from behind a chair to the table', () => {
    const moved = movePerson(plan, tid('C'), { tableId: T, seat: 3, behind: false })
    expect(moved.find((a) => a.contactId === tid('C'))).toMatchObject({ seat: 3, behind: false })
    expect(occupantOf(moved, { tableId: T, seat: 2, behind: true })).toBeUndefined()
  })

  it('seats someone from the list; whoever sat there goes to the list', () => {
    const moved = movePerson(plan, tid('D'), { tableId: T, seat: 0, behind: false })
    expect(occupantOf(moved, { tableId: T, seat: 0, behind: false })?.contactId).toBe(tid('D'))
    expect(moved.some((a) => a.contactId === tid('A'))).toBe(false)
  })

  it('leaves the plan as it was when someone is dropped on their own seat', () => {
    expect(movePerson(plan, tid('A'), { tableId: T, seat: 0, behind: false })).toEqual(plan)
  })

  it('takes a person off the plan', () => {
    expect(unseatPerson(plan, tid('B')).map((a) => a.contactId)).toEqual([tid('A'), tid('C')])
  })
})
