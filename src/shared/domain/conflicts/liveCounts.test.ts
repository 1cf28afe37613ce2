import { describe, expect, it } from 'vitest'
import { findConflicts } from './checker'
import { countConflictsByVisit, createLiveConflictCounts } from './liveCounts'
import { base, type Base } from './ruleCases'
import type { ConflictSnapshot } from './types'

/** One visit whose delegation sits in two items at once: a known conflict to count. */
function clash(): Base & { snapshot: ConflictSnapshot } {
  const b = base()
  const first = b.item({ date: '2026-11-10', startTime: '10:00', endTime: '11:00' })
  const second = b.item({ date: '2026-11-10', startTime: '10:30', endTime: '11:30' })
  return { ...b, snapshot: b.snap({ agendaItems: [first, second] }) }
}

describe('countConflictsByVisit', () => {
  it('counts a conflict for every visit it names and leaves visits without any out', () => {
    const { snapshot, visit } = clash()
    const conflicts = findConflicts(snapshot)
    expect(conflicts.length).toBeGreaterThan(0)
    const counts = countConflictsByVisit([
      ...conflicts,
      { ...conflicts[0]!, key: 'other', visitIds: [visit.id, 'v2'] },
    ])
    expect(counts.get(visit.id)).toBe(conflicts.length + 1)
    expect(counts.get('v2')).toBe(1)
    expect(countConflictsByVisit([]).size).toBe(0)
  })
})

describe('createLiveConflictCounts', () => {
  it('answers the first snapshot, nothing for an unchanged one, and the new counts after an edit', () => {
    const { snapshot, visit } = clash()
    const counts = createLiveConflictCounts()
    const first = counts(snapshot)
    expect(first?.get(visit.id)).toBe(findConflicts(snapshot).length)
    // A live query hands over fresh objects with the same stamps: nothing to post.
    expect(counts({ ...snapshot, agendaItems: snapshot.agendaItems.map((i) => ({ ...i })) })).toBe(
      null,
    )
    const [one, two] = snapshot.agendaItems
    const moved = {
      ...two!,
      startTime: '12:00',
      endTime: '13:00',
      updatedAt: '2026-12-01T00:00:00.000Z',
    }
    const after = counts({ ...snapshot, agendaItems: [one!, moved] })
    expect(after).not.toBe(null)
    expect(after?.get(visit.id)).toBeUndefined()
  })
})
