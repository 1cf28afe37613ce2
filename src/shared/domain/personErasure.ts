import type { BriefingSnapshotContent } from '../model/briefingSnapshot'

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Replaces every spelling of the name in free text, case-insensitively. */
export function scrubNames(text: string, names: readonly string[], replacement: string): string {
  return names
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((out, name) => out.replace(new RegExp(escapeRegExp(name), 'giu'), replacement), text)
}

/**
 * A stored briefing version without an erased person: their entries leave the people list (so a
 * later "changed since" page neither names them nor reports them as gone), and their name in item
 * titles and places becomes `replacement`. Null when the snapshot did not mention them.
 */
export function scrubSnapshot(
  content: BriefingSnapshotContent,
  participantIds: ReadonlySet<string>,
  names: readonly string[],
  replacement: string,
): BriefingSnapshotContent | null {
  const people = content.people.filter((p) => !participantIds.has(p.id))
  const peopleRenamed = people.map((p) => ({ ...p, name: scrubNames(p.name, names, replacement) }))
  const items = content.items.map((i) => ({
    ...i,
    title: scrubNames(i.title, names, replacement),
    place: scrubNames(i.place, names, replacement),
  }))
  const changed =
    people.length !== content.people.length ||
    peopleRenamed.some((p, i) => p.name !== people[i]?.name) ||
    items.some((item, i) => item.title !== content.items[i]?.title) ||
    items.some((item, i) => item.place !== content.items[i]?.place)
  return changed ? { ...content, people: peopleRenamed, items } : null
}
