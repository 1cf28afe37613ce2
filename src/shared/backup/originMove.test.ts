import { describe, expect, it } from 'vitest'
import type { BackupListEntry } from '../contract'
import { decideOriginMove } from './originMove'

function entry(takenAt: string, fields: Partial<BackupListEntry> = {}): BackupListEntry {
  return {
    name: `auto-${takenAt}.json`,
    path: `/data/backups/auto-${takenAt}.json`,
    kind: 'auto',
    reason: null,
    takenAt,
    size: 100,
    counts: { contacts: 3 },
    ...fields,
  }
}

const older = entry('2026-11-20T08:00:00.000Z')
const newest = entry('2026-11-25T17:30:00.000Z')

describe('decideOriginMove', () => {
  it('does nothing once the move is settled', () => {
    expect(
      decideOriginMove({ state: 'settled', databaseMissing: true, backups: [older, newest] }),
    ).toEqual({ action: 'nothing' })
  })

  it('never overwrites a database the new origin already has', () => {
    expect(
      decideOriginMove({ state: 'pending', databaseMissing: false, backups: [older, newest] }),
    ).toEqual({ action: 'settle', outcome: 'not-needed' })
  })

  it('restores the newest readable automatic backup into the empty new origin', () => {
    const unreadable = entry('2026-11-26T09:00:00.000Z', { counts: null })
    const safety = entry('2026-11-26T10:00:00.000Z', { kind: 'safety', reason: 'before-import' })
    expect(
      decideOriginMove({
        state: 'pending',
        databaseMissing: true,
        backups: [older, newest, unreadable, safety],
      }),
    ).toEqual({ action: 'restore', backup: newest })
  })

  it('stays pending when there is no backup to move from', () => {
    expect(decideOriginMove({ state: 'pending', databaseMissing: true, backups: [] })).toEqual({
      action: 'nothing',
    })
  })
})
