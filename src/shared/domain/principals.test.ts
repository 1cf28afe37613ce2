import { describe, expect, it } from 'vitest'
import { planPrincipalParticipants, type PrincipalParticipant } from './principals'

const p = (
  id: string,
  contactId: string,
  side: PrincipalParticipant['side'],
  role: PrincipalParticipant['role'],
): PrincipalParticipant => ({ id, contactId, side, role })

describe('planPrincipalParticipants', () => {
  it('makes a new visit\'s head and host participants with the role "head"', () => {
    expect(planPrincipalParticipants({ headOfDelegationId: 'A', hostId: 'B' }, null, [])).toEqual([
      { kind: 'create', contactId: 'A', side: 'delegation', role: 'head' },
      { kind: 'create', contactId: 'B', side: 'host', role: 'head' },
    ])
  })

  it('changes nothing when neither is chosen, or both already take part as head', () => {
    expect(planPrincipalParticipants({ headOfDelegationId: null, hostId: null }, null, [])).toEqual(
      [],
    )
    const rows = [p('pa', 'A', 'delegation', 'head'), p('pb', 'B', 'host', 'head')]
    const visit = { headOfDelegationId: 'A', hostId: 'B' }
    expect(planPrincipalParticipants(visit, visit, rows)).toEqual([])
    expect(planPrincipalParticipants(visit, null, rows)).toEqual([])
  })

  it('never adds a person twice: one already taking part moves to the side and role', () => {
    const rows = [p('pa', 'A', 'host', 'interpreter')]
    expect(
      planPrincipalParticipants({ headOfDelegationId: 'A', hostId: null }, null, rows),
    ).toEqual([{ kind: 'update', id: 'pa', side: 'delegation', role: 'head' }])
  })

  it('keeps a replaced head as a member and makes the new one head', () => {
    const rows = [p('pa', 'A', 'delegation', 'head'), p('pc', 'C', 'delegation', 'member')]
    expect(
      planPrincipalParticipants(
        { headOfDelegationId: 'C', hostId: null },
        { headOfDelegationId: 'A', hostId: null },
        rows,
      ),
    ).toEqual([
      { kind: 'update', id: 'pa', side: 'delegation', role: 'member' },
      { kind: 'update', id: 'pc', side: 'delegation', role: 'head' },
    ])
  })

  it('keeps a cleared host as a member; nobody is deleted', () => {
    const rows = [p('pb', 'B', 'host', 'head')]
    expect(
      planPrincipalParticipants(
        { headOfDelegationId: null, hostId: null },
        { headOfDelegationId: null, hostId: 'B' },
        rows,
      ),
    ).toEqual([{ kind: 'update', id: 'pb', side: 'host', role: 'member' }])
  })

  it('leaves a former head alone whose role was changed on the participants tab', () => {
    const rows = [p('pa', 'A', 'delegation', 'interpreter')]
    expect(
      planPrincipalParticipants(
        { headOfDelegationId: 'C', hostId: null },
        { headOfDelegationId: 'A', hostId: null },
        rows,
      ),
    ).toEqual([{ kind: 'create', contactId: 'C', side: 'delegation', role: 'head' }])
  })

  it('on an unchanged head only re-adds one who was removed, and keeps edited roles', () => {
    const visit = { headOfDelegationId: 'A', hostId: 'B' }
    const rows = [p('pb', 'B', 'host', 'member')]
    expect(planPrincipalParticipants(visit, visit, rows)).toEqual([
      { kind: 'create', contactId: 'A', side: 'delegation', role: 'head' },
    ])
  })

  it('swaps head and host across the sides', () => {
    const rows = [p('pa', 'A', 'delegation', 'head'), p('pb', 'B', 'host', 'head')]
    expect(
      planPrincipalParticipants(
        { headOfDelegationId: 'B', hostId: 'A' },
        { headOfDelegationId: 'A', hostId: 'B' },
        rows,
      ),
    ).toEqual([
      { kind: 'update', id: 'pa', side: 'host', role: 'head' },
      { kind: 'update', id: 'pb', side: 'delegation', role: 'head' },
    ])
  })

  it('takes the same person as head and host as the head only', () => {
    expect(planPrincipalParticipants({ headOfDelegationId: 'A', hostId: 'A' }, null, [])).toEqual([
      { kind: 'create', contactId: 'A', side: 'delegation', role: 'head' },
    ])
  })
})
