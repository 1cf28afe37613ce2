import { describe, expect, it } from 'vitest'
import { collationOrdinals, inProtocolOrder } from './protocolOrder'
import { sortByPrecedence, type PrecedenceFields } from './precedence'

const person = (
  familyName: string,
  givenName: string,
  precedenceRank: number | null = null,
  inOfficeSince: string | null = null,
): PrecedenceFields & { id: string } => ({
  id: `${familyName}|${givenName}|${precedenceRank}|${inOfficeSince}`,
  familyName,
  givenName,
  precedenceRank,
  inOfficeSince,
})

describe('inProtocolOrder', () => {
  it('gives the same order as sortByPrecedence, ties and collation-equal names included', () => {
    const people = [
      person('Müller', 'Jörg'),
      person('Mu\u0308ller', 'Anna'), // the same name decomposed: the collator calls it equal
      person('Mueller', 'Anna'),
      person('müller', 'Anna'),
      person('Zeh', 'Ute', 3, '2010-01-01'),
      person('Abel', 'Kai', 3, null),
      person('Abel', 'Kai', 3, '2001-05-01'),
      person('Öztürk', 'Ece', 1),
      person('佐藤', '花子'),
      person('Петрова', 'Ольга'),
      person('', ''),
      {
        ...person('Neu', 'Ida', null),
        furtherOffices: [{ precedenceRank: 2, inOfficeSince: null }],
      },
    ]
    for (const order of [people, [...people].reverse()]) {
      expect(inProtocolOrder(order).map((p) => p.id)).toEqual(
        sortByPrecedence(order).map((p) => p.id),
      )
    }
  })

  it('gives texts the collator calls equal one place, and keeps German order', () => {
    const places = collationOrdinals(['Zeh', 'Müller', 'Mu\u0308ller', 'Mueller', 'Abel'])
    expect(places.get('Müller')).toBe(places.get('Mu\u0308ller'))
    expect(places.get('Abel')).toBe(0)
    expect(places.get('Zeh')).toBe(3)
  })
})
