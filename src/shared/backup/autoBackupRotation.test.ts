import { describe, expect, it } from 'vitest'
import { autoBackupsToKeep, autoBackupsToPrune } from './autoBackupRotation'
import { backupFileName, parseBackupFileName } from './backupFiles'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const auto = (ms: number): string => backupFileName('auto', new Date(ms))
const timeOf = (name: string): number => parseBackupFileName(name)?.takenAt.getTime() ?? NaN
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
const month = (ms: number): string => new Date(ms).toISOString().slice(0, 7)

function lastDays(now: number, count: number): Set<string> {
  const d = new Date(now)
  return new Set(
    Array.from({ length: count }, (_, i) =>
      day(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - i)),
    ),
  )
}

function lastMonths(now: number, count: number): Set<string> {
  const d = new Date(now)
  return new Set(
    Array.from({ length: count }, (_, i) =>
      month(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1)),
    ),
  )
}

/** The newest file of every day and month written so far; history comes in time order. */
type History = { newest: string; perDay: Map<string, string>; perMonth: Map<string, string> }

function record(history: History, name: string): void {
  history.newest = name
  history.perDay.set(day(timeOf(name)), name)
  history.perMonth.set(month(timeOf(name)), name)
}

/**
 * Everything the rule promises, checked against the whole history written so far. Plain checks
 * rather than `expect`, since this runs after each of some 15,000 writes; the failure says which.
 */
function checkRule(kept: readonly string[], history: History, now: number): void {
  const at = new Date(now).toISOString()
  const must = (ok: boolean, what: string): void => {
    if (!ok) throw new Error(`${what} (now ${at}, kept ${kept.join(', ')})`)
  }
  const { newest, perDay, perMonth } = history
  must(kept.includes(newest), `the newest ${newest} is kept`)
  must(kept.length <= 10 + 14 + 12 + 1, `at most 37 files, not ${kept.length}`)
  const days = lastDays(now, 14)
  const months = lastMonths(now, 12)
  // Within 24 hours only the newest 10, plus yesterday's last one, which is its day's file.
  const today = day(now)
  const recent = kept.filter((n) => {
    const d = day(timeOf(n))
    return timeOf(n) > now - DAY && (d === today || perDay.get(d) !== n)
  })
  must(recent.length <= 10, `at most 10 from the last 24 hours, not ${recent.length}`)
  for (const name of kept) {
    const t = timeOf(name)
    if (t > now - DAY || name === newest) continue
    if (days.has(day(t))) must(perDay.get(day(t)) === name, `${name} is its day's newest`)
    else if (months.has(month(t))) must(perMonth.get(month(t)) === name, `${name}: month's newest`)
    else must(false, `${name} is older than the rule keeps`)
  }
  // One per day and one per month, as promised, wherever the history has one.
  const keptSet = new Set(kept)
  for (const k of days) must(!perDay.has(k) || keptSet.has(perDay.get(k) ?? ''), `a file of ${k}`)
  for (const k of months) {
    must(!perMonth.has(k) || keptSet.has(perMonth.get(k) ?? ''), `a file of ${k}`)
  }
}

describe('automatic backup rotation', () => {
  it('keeps the last 24 hours up to ten files, then one per day and month', () => {
    const now = Date.UTC(2026, 10, 26, 12, 0)
    const names = Array.from({ length: 30 }, (_, i) => auto(now - i * 30 * 60_000))
    const older = [auto(now - 3 * DAY), auto(now - 3 * DAY - HOUR), auto(now - 60 * DAY)]
    const files = [...names, ...older, 'notes.txt', backupFileName('before-import', new Date(0))]
    const kept = autoBackupsToKeep(files, new Date(now))
    // 10 recent (12:00 back to 07:30), and the 25th's last one (23:30) as that day's file.
    expect([...kept].filter((n) => names.includes(n)).sort()).toEqual(
      [...names.slice(0, 10), names[25]].sort(),
    )
    expect(kept).toContain(older[0])
    expect(kept).not.toContain(older[1])
    expect(kept).toContain(older[2])
    const pruned = autoBackupsToPrune(files, new Date(now))
    expect(pruned).not.toContain('notes.txt')
    expect(pruned.some((n) => n.includes('before-import'))).toBe(false)
    expect(pruned).toContain(older[1])
  })

  it('never deletes the only backup of an app left unused for years', () => {
    const only = auto(Date.UTC(2023, 0, 1))
    expect(autoBackupsToPrune([only], new Date(Date.UTC(2026, 0, 1)))).toEqual([])
  })

  it('keeps a file from a clock that ran ahead rather than losing it', () => {
    const now = Date.UTC(2026, 5, 1)
    const future = auto(now + 5 * DAY)
    const files = [future, ...Array.from({ length: 12 }, (_, i) => auto(now - i * HOUR))]
    expect(autoBackupsToKeep(files, new Date(now))).toContain(future)
  })

  it.each([1, 2])(
    'holds over two simulated years of a backup every 30 minutes with gaps (seed %i)',
    (seed) => {
      const next = random(seed)
      let now = Date.UTC(2025, 0, 1, 8, 0)
      const end = now + 2 * 365 * DAY
      let folder: string[] = []
      const written: string[] = []
      const history: History = { newest: '', perDay: new Map(), perMonth: new Map() }
      let writes = 0
      let maxKept = 0
      while (now < end) {
        const roll = next()
        // Mostly every 30 minutes; now and then a night, a weekend, a holiday, a long absence.
        if (roll < 0.02) now += Math.floor(next() * 14 * HOUR)
        else if (roll < 0.025) now += Math.floor(next() * 5 * DAY)
        else if (roll < 0.0255) now += Math.floor(next() * 70 * DAY)
        else now += 30 * 60_000 + Math.floor(next() * 1000)
        const name = auto(now)
        written.push(name)
        record(history, name)
        folder.push(name)
        const stale = new Set(autoBackupsToPrune(folder, new Date(now)))
        folder = folder.filter((n) => !stale.has(n))
        writes += 1
        maxKept = Math.max(maxKept, folder.length)
        checkRule(folder, history, now)
        // Pruning after every write leaves what one pruning of the whole history would.
        if (writes % 500 === 0) {
          expect(new Set(folder)).toEqual(autoBackupsToKeep(written, new Date(now)))
        }
      }
      expect(writes).toBeGreaterThan(10_000)
      expect(maxKept).toBeLessThanOrEqual(37)
      expect(maxKept).toBeGreaterThan(30)
    },
    // Some 15,000 prunings: seconds on a machine shared with other builds.
    60_000,
  )
})
