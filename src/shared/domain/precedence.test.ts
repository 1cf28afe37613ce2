import { describe, expect, it } from 'vitest'
import type { ParticipantWithContact, PrecedenceFields } from './precedence'
import {
  comparePrecedence,
  effectiveRank,
  participantRank,
  sortByPrecedence,
  sortParticipantsByPrecedence,
} from './precedence'

function person(
  familyName: string,
  precedenceRank: number | null,
  inOfficeSince: string | null = null,
): PrecedenceFields {
  return { familyName, givenName: '', precedenceRank, inOfficeSince }
}

const noLookup = (): undefined => undefined

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
    expect(sortParticipantsByPrecedence(rows, noLookup).map((r) => r.participant.id)).toEqual([
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
    expect(sortParticipantsByPrecedence(rows, noLookup).map((r) => r.participant.id)).toEqual([
      'ranked',
      'gone',
      'host',
    ])
  })
})

describe('precedence ties', () => {
  it('same rank: the earlier "in office since" first, whatever the names', () => {
    const list = [person('Abe', 4, '2019-05-01'), person('Zander', 4, '2011-01-15')]
    expect(sortByPrecedence(list).map((p) => p.familyName)).toEqual(['Zander', 'Abe'])
  })

  it('same rank and date: family names by German collation, umlauts beside their letter', () => {
    const list = [
      person('Azevedo', 4, '2020-01-01'),
      person('Ähnlich', 4, '2020-01-01'),
      person('Ahn', 4, '2020-01-01'),
      person('Zander', 4, '2020-01-01'),
      person('Özdemir', 4, '2020-01-01'),
    ]
    // By code unit, Ä and Ö would come after Z.
    expect(sortByPrecedence(list).map((p) => p.familyName)).toEqual([
      'Ahn',
      'Ähnlich',
      'Azevedo',
      'Özdemir',
      'Zander',
    ])
  })

  it('the given name decides when the family names are the same', () => {
    const list = [
      { ...person('Sato', 2, '2020-01-01'), givenName: 'Yuki' },
      { ...person('Sato', 2, '2020-01-01'), givenName: 'Aiko' },
    ]
    expect(sortByPrecedence(list).map((p) => p.givenName)).toEqual(['Aiko', 'Yuki'])
  })

  it('no rank after any rank, and no date after any date on equal rank', () => {
    const list = [
      person('A-none', null, null),
      person('B-none-dated', null, '2001-01-01'),
      person('C-ranked-undated', 9, null),
      person('D-ranked-dated', 9, '2024-01-01'),
    ]
    expect(sortByPrecedence(list).map((p) => p.familyName)).toEqual([
      'D-ranked-dated',
      'C-ranked-undated',
      'B-none-dated',
      'A-none',
    ])
  })
})

describe('effectiveRank: several offices', () => {
  const office = (precedenceRank: number | null, inOfficeSince: string | null = null) => ({
    precedenceRank,
    inOfficeSince,
  })

  it('ranks by the highest office, with that office\'s "in office since"', () => {
    const senator = {
      ...person('Weber', 40, '2010-01-01'),
      furtherOffices: [office(12, '2022-03-01')],
    }
    expect(effectiveRank(senator)).toEqual({ precedenceRank: 12, inOfficeSince: '2022-03-01' })
    const other = person('Abel', 20, '2000-01-01')
    expect(sortByPrecedence([other, senator]).map((p) => p.familyName)).toEqual(['Weber', 'Abel'])
  })

  it('keeps the main office when it is the highest, and ignores offices without rank', () => {
    const mayor = {
      ...person('Wegner', 1, '2023-04-27'),
      furtherOffices: [office(null, '1999-01-01'), office(30, '2015-01-01')],
    }
    expect(effectiveRank(mayor)).toEqual({ precedenceRank: 1, inOfficeSince: '2023-04-27' })
  })

  it('gives a person with no ranked main office the rank of a further office', () => {
    const chair = { ...person('Lindqvist', null, null), furtherOffices: [office(7, null)] }
    expect(effectiveRank(chair)).toEqual({ precedenceRank: 7, inOfficeSince: null })
  })

  it('on two offices of the same rank, the longer-held one counts', () => {
    const both = {
      ...person('Kim', 5, '2021-01-01'),
      furtherOffices: [office(5, '2016-06-01'), office(5, null)],
    }
    expect(effectiveRank(both)).toEqual({ precedenceRank: 5, inOfficeSince: '2016-06-01' })
  })
})

describe('stands in for', () => {
  const mayor = person('Wegner', 1, '2023-04-27')
  const deputy = person('Abel', 25, '2019-01-01')
  const senator = person('Berg', 3, '2016-01-01')
  const contacts = new Map<string, PrecedenceFields>([
    ['c-mayor', mayor],
    ['c-deputy', deputy],
    ['c-senator', senator],
  ])
  const lookup = (id: string): PrecedenceFields | undefined => contacts.get(id)
  const standIn = (
    id: string,
    contact: PrecedenceFields,
    standsInForId: string | null,
  ): ParticipantWithContact => ({
    participant: { id, side: 'delegation', role: 'member', contactId: id, standsInForId },
    contact,
  })

  it('takes the rank and in-office date of the person replaced, for this visit', () => {
    const rows = [standIn('senator', senator, null), standIn('deputy', deputy, 'c-mayor')]
    expect(sortParticipantsByPrecedence(rows, lookup).map((r) => r.participant.id)).toEqual([
      'deputy',
      'senator',
    ])
    expect(participantRank(rows[1]!, lookup)).toEqual({
      familyName: 'Abel',
      givenName: '',
      precedenceRank: 1,
      inOfficeSince: '2023-04-27',
    })
  })

  it("keeps the stand-in's own name for the tie with an equal rank", () => {
    const other = person('Zeller', 1, '2023-04-27')
    const rows = [standIn('other', other, null), standIn('deputy', deputy, 'c-mayor')]
    expect(sortParticipantsByPrecedence(rows, lookup).map((r) => r.participant.id)).toEqual([
      'deputy',
      'other',
    ])
  })

  it('uses their own rank when the replaced person is unknown or not set', () => {
    const rows = [standIn('deputy', deputy, 'c-gone'), standIn('senator', senator, null)]
    expect(sortParticipantsByPrecedence(rows, lookup).map((r) => r.participant.id)).toEqual([
      'senator',
      'deputy',
    ])
  })

  it("takes the replaced person's highest office", () => {
    const governor = {
      ...person('Ito', 50, null),
      furtherOffices: [{ precedenceRank: 2, inOfficeSince: null }],
    }
    contacts.set('c-governor', governor)
    const rows = [standIn('senator', senator, null), standIn('deputy', deputy, 'c-governor')]
    expect(sortParticipantsByPrecedence(rows, lookup).map((r) => r.participant.id)).toEqual([
      'deputy',
      'senator',
    ])
  })
})
