import { describe, expect, it } from 'vitest'
import { assessStorage, formatByteSize, formatShare } from './storageQuota'

const GB = 1_000_000_000

describe('assessStorage', () => {
  it.each([
    ['plenty of room', { usage: 50_000_000, quota: 100 * GB }, 'ok'],
    ['80 % used', { usage: 80 * GB, quota: 100 * GB }, 'near'],
    [
      'less room left than what is stored (a restore would not fit)',
      { usage: 6 * GB, quota: 10 * GB },
      'near',
    ],
    ['95 % used', { usage: 95 * GB, quota: 100 * GB }, 'full'],
    ['more than the quota (reported by some engines)', { usage: 120, quota: 100 }, 'full'],
    ['nothing stored', { usage: 0, quota: GB }, 'ok'],
  ] as const)('%s → %s', (_case, estimate, level) => {
    expect(assessStorage(estimate).level).toBe(level)
  })

  it('says unknown when the browser reports no quota', () => {
    expect(assessStorage(null)).toEqual({ level: 'unknown', usedShare: null, free: null })
    expect(assessStorage({ usage: 10, quota: 0 }).level).toBe('unknown')
    expect(assessStorage({ usage: 10, quota: Number.NaN }).level).toBe('unknown')
  })

  it('gives the used share and the free bytes', () => {
    expect(assessStorage({ usage: 25, quota: 100 })).toEqual({
      level: 'ok',
      usedShare: 0.25,
      free: 75,
    })
  })
})

describe('formatByteSize', () => {
  it.each([
    [0, 'de', '0 B'],
    [999, 'en', '999 B'],
    [1_500, 'de', '1,5 KB'],
    [12_345_678, 'de', '12,3 MB'],
    [12_345_678, 'en', '12.3 MB'],
    [150 * GB, 'en', '150.0 GB'],
  ] as const)('%d bytes in %s → %s', (bytes, lang, text) => {
    expect(formatByteSize(bytes, lang)).toBe(text)
  })
})

describe('formatShare', () => {
  it('writes the share as a percentage in the language', () => {
    expect(formatShare(0.004, 'en')).toBe('0.4%')
    expect(formatShare(0.004, 'de')).toBe('0,4\u00a0%')
    expect(formatShare(0, 'en')).toBe('0%')
    expect(formatShare(0.000_01, 'en')).toBe('< 0.1%')
  })
})
