import { compareText } from './collation'
import { compareOffice, effectiveRank, type PrecedenceFields } from './precedence'

/**
 * Each distinct text's place in German collation; texts the collator calls equal share one.
 * Many people share a family or given name, so this collates a few thousand texts once
 * instead of calling the collator inside a sort of 20,000 people.
 */
export function collationOrdinals(texts: readonly string[]): Map<string, number> {
  const distinct = [...new Set(texts)].sort(compareText)
  const out = new Map<string, number>()
  let ordinal = 0
  distinct.forEach((text, i) => {
    if (i > 0 && compareText(distinct[i - 1] ?? '', text) !== 0) ordinal++
    out.set(text, ordinal)
  })
  return out
}

/**
 * The same order as `sortByPrecedence` (rank, seniority, family then given name in German
 * collation), with each person's effective rank and name places computed once, so the sort
 * compares numbers. A stable sort with a comparator of the same signs gives the same array.
 */
export function inProtocolOrder<T extends PrecedenceFields>(people: readonly T[]): T[] {
  const family = collationOrdinals(people.map((p) => p.familyName))
  const given = collationOrdinals(people.map((p) => p.givenName))
  return people
    .map((person) => ({
      person,
      rank: effectiveRank(person),
      family: family.get(person.familyName) ?? 0,
      given: given.get(person.givenName) ?? 0,
    }))
    .sort((a, b) => compareOffice(a.rank, b.rank) || a.family - b.family || a.given - b.given)
    .map((row) => row.person)
}
