import { describe, expect, it } from 'vitest'
import type { SnapshotReason } from '@shared/contract'
import { snapshotFileName, snapshotsToPrune } from './rotation'

describe('snapshot rotation', () => {
  it('names snapshots so that name order is time order', () => {
    const a = snapshotFileName('before-import', new Date('2026-11-26T09:05:03.007Z'))
    const b = snapshotFileName('before-import', new Date('2026-11-26T12:30:05.120Z'))
    expect(a).toBe('2026-11-26_090503-007_before-import.json')
    expect([b, a].sort()).toEqual([a, b])
  })

  it('keeps the newest of each reason and leaves other files alone', () => {
    const day = (d: number, reason: SnapshotReason): string =>
      snapshotFileName(reason, new Date(Date.UTC(2026, 10, d, 12)))
    const imports = [1, 2, 3, 4, 5].map((d) => day(d, 'before-import'))
    const wipes = [1, 2].map((d) => day(d, 'before-delete-all'))
    const demoRemovals = [1, 2, 3, 4].map((d) => day(d, 'before-remove-demo'))
    const files = [...imports, ...wipes, ...demoRemovals, 'notes.txt', 'my-backup.json']
    expect(snapshotsToPrune(files, 3).sort()).toEqual(
      [imports[0], imports[1], demoRemovals[0]].sort(),
    )
    expect(snapshotsToPrune(files, 20)).toEqual([])
  })
})
