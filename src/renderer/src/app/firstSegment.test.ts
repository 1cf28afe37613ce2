import { describe, expect, it } from 'vitest'
import { firstSegment } from './firstSegment'

describe('firstSegment', () => {
  it.each([
    ['', ''],
    ['#', ''],
    ['#/', ''],
    ['#/visits', 'visits'],
    ['#/visits/3f2a/agenda', 'visits'],
    ['#/contacts?q=Sato', 'contacts'],
    ['#/follow-ups', 'follow-ups'],
    ['#/settings#backups', 'settings'],
  ])('%j → %j', (hash, segment) => {
    expect(firstSegment(hash)).toBe(segment)
  })
})
