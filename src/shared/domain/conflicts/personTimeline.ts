import type { ItemEntry } from './context'

/** An item whose times are two real instants. */
export type TimedEntry = ItemEntry

export function timed(entry: ItemEntry): TimedEntry | null {
  return entry.timing.ok ? entry : null
}

export function byStart(a: TimedEntry, b: TimedEntry): number {
  return a.start - b.start || a.end - b.end || (a.item.id < b.item.id ? -1 : 1)
}

/** Each person's timed items, sorted by start. */
export function timelines(entries: readonly ItemEntry[]): Map<string, TimedEntry[]> {
  const byPerson = new Map<string, TimedEntry[]>()
  for (const entry of entries) {
    const t = timed(entry)
    if (!t) continue
    for (const person of t.persons) {
      const list = byPerson.get(person)
      if (list) list.push(t)
      else byPerson.set(person, [t])
    }
  }
  for (const list of byPerson.values()) list.sort(byStart)
  return byPerson
}

/** Pairs of items (ordered by start) and the people both contain, collected person by person. */
export class PairCollector {
  private readonly pairs = new Map<
    string,
    { first: TimedEntry; second: TimedEntry; persons: Set<string> }
  >()

  add(a: TimedEntry, b: TimedEntry, person: string): void {
    const [first, second] = byStart(a, b) <= 0 ? [a, b] : [b, a]
    const key = `${first.item.id}|${second.item.id}`
    const pair = this.pairs.get(key)
    if (pair) pair.persons.add(person)
    else this.pairs.set(key, { first, second, persons: new Set([person]) })
  }

  entries(): Iterable<{ first: TimedEntry; second: TimedEntry; persons: Set<string> }> {
    return this.pairs.values()
  }
}

/** Calls `visit` for every two items of a start-sorted timeline that overlap in time. */
export function sweepOverlaps(
  list: readonly TimedEntry[],
  visit: (a: TimedEntry, b: TimedEntry) => void,
): void {
  for (let i = 0; i < list.length; i++) {
    const a = list[i]
    if (!a) continue
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]
      if (!b || b.start >= a.end) break
      visit(a, b)
    }
  }
}
