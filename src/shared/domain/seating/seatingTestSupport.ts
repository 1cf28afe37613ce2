import type { SeatingTable } from '../../model/seatingPlan'
import type { SeatingGuest } from './guests'

/** A stable UUID-shaped id from a readable name, for test tables and people. */
export function tid(name: string): string {
  const hex = Array.from(name)
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padEnd(12, '0')
    .slice(0, 12)
  return `00000000-0000-4000-8000-${hex}`
}

/** A guest called `name` of `side` with a precedence rank; everything else as given. */
export function guest(
  name: string,
  side: SeatingGuest['side'],
  rank: number | null,
  extra: Partial<SeatingGuest> & { since?: string } = {},
): SeatingGuest {
  const { since, ...rest } = extra
  return {
    contactId: tid(name),
    side,
    rank: { familyName: name, givenName: '', precedenceRank: rank, inOfficeSince: since ?? null },
    isInterpreter: false,
    isCompanion: false,
    needsInterpreter: false,
    dietaryNeeds: '',
    ...rest,
  }
}

export function table(shape: SeatingTable['shape'], seats: number, name = 'T1'): SeatingTable {
  return { id: tid(name), label: name, shape, seats }
}

/** The names at each seat of a table, '-' for an empty seat. */
export function namesBySeat(
  t: SeatingTable,
  assignments: readonly { contactId: string; tableId: string; seat: number; behind: boolean }[],
  guests: readonly SeatingGuest[],
): string[] {
  const name = (id: string): string =>
    guests.find((g) => g.contactId === id)?.rank?.familyName ?? '?'
  return Array.from({ length: t.seats }, (_, seat) => {
    const a = assignments.find((x) => x.tableId === t.id && x.seat === seat && !x.behind)
    return a ? name(a.contactId) : '-'
  })
}
