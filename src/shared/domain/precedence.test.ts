import { describe, expect, it } from 'vitest'
import type { ParticipantWithContact, PrecedenceFields } from './precedence'
import { comparePrecedence, sortByPrecedence, sortParticipantsByPrecedence } from './precedence'

function person(
  familyName: string,
  precedenceRank: number | null,
  inOfficeSince: string | null = null,
): PrecedenceFields {
  return { familyName, givenName: '', precedenceRank, inOfficeSince }
}

function row(
  id: string,
  side: 'delegation' | 'host',
  contact: PrecedenceFields | undefined,
): ParticipantWithContact {
  return { participant: { id, side, role: 'member', contactId: id }, contact }
}

describe('comparePrecedence', () => {
  it('puts the lower rank first', () => {
    expect(comparePrecedence(person('A', 1), person('B', 2))).toBeLessThan(0)
    expect(comparePrecedence(person('A', 10), person('B', 2))).toBeGreaterThan(0)
  })

  it('puts unranked people last', () => {
    expect(comparePrecedence(person('A', null), person('B', 500))).toBeGreaterThan(0)
    expect(comparePrecedence(person('A', 500), person('B', null))).toBeLessThan(0)
  })

  it('breaks a tie in rank by seniority, earlier in office first', () => {
    const senior = person('Zeta', 3, '2015-01-01')
    const junior = person('Alpha', 3, '2021-06-01')
    expect(sortByPrecedence([junior, senior]).map((p) => p.familyName)).toEqual(['Zeta', 'Alpha'])
  })

  it('puts a missing in-office date after a known one on equal rank', () => {
    const known = person('B', 3, '2020-01-01')
    const unknown = person('A', 3, null)
    expect(sortByPrecedence([unknown, known]).map((p) => p.familyName)).toEqual(['B', 'A'])
  })

  it('orders the same rank and seniority by name so the order is stable', () => {
    const list = [person('Müller', null), person('Abe', null), person('Ćirić', null)]
    expect(sortByPrecedence(list).map((p) => p.familyName)).toEqual(['Abe', 'Ćirić', 'Müller'])
  })

  it('does not change the input array', () => {
    const list = [person('B', 2), person('A', 1)]
    sortByPrecedence(list)
    expect(list.map((p) => p.familyName)).toEqual(['B', 'A'])
  })
})

describe('sortParticipantsByPrecedence', () => {
  it('lists the delegation before the hosts, each side in protocol order', () => {
    const rows = [
      row('host-1', 'host', person('Wegner', 1)),
      row('del-3', 'delegation', person('Sato', null)),
      row('del-2', 'delegation', person('Koike', 2, '2016-08-02')),
      row('del-1', 'delegation', person('Tanaka', 2, '2012-04-01')),
      row('host-2', 'host', person('Giffey', 5)),
    ]
    expect(sortParticipantsByPrecedence(rows).map((r) => r.participant.id)).toEqual([
      'del-1',
      'del-2',
      'del-3',
      'host-1',
      'host-2',
    ])
  })

  it('puts participants whose contact is gone at the end of their side', () => {
    const rows = [
      row('gone', 'delegation', undefined),
      row('ranked', 'delegation', person('A', 4)),
      row('host', 'host', person('B', 1)),
    ]
    expect(sortParticipantsByPrecedence(rows).map((r) => r.participant.id)).toEqual([
      'ranked',
      'gone',
      'host',
    ])
  })
})
