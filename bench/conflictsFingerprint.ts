// The conflicts of the whole large office reduced to counts per kind and one hash over every
// conflict's key, severity and both messages, so a faster engine can be shown to find exactly
// what the engine found before. Run: npx tsx bench/conflictsFingerprint.ts [--visits 5000]
// [--check]; --check compares with bench/conflicts-fingerprint.json (computed with the engine
// before its speed-up) and exits 1 on any difference.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { conflictSnapshot } from '../src/cli/conflictsCommand'
import { findConflicts, type Conflict } from '../src/shared/domain/conflicts'
import type { DatasetTables } from '../src/shared/model/tables'
import { buildLargeDataset } from './largeDataset'
import { createRng } from './largeRandom'

export interface ConflictFingerprint {
  total: number
  perKind: Record<string, number>
  sha256: string
}

export function fingerprint(conflicts: readonly Conflict[]): ConflictFingerprint {
  const hash = createHash('sha256')
  const perKind: Record<string, number> = {}
  for (const c of conflicts) {
    perKind[c.kind] = (perKind[c.kind] ?? 0) + 1
    hash.update(`${c.key}\t${c.severity}\t${c.message.de}\t${c.message.en}\n`)
  }
  const sortedKinds = Object.fromEntries(
    Object.entries(perKind).sort(([a], [b]) => (a < b ? -1 : 1)),
  )
  return { total: conflicts.length, perKind: sortedKinds, sha256: hash.digest('hex') }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * The large office as generated finds two kinds only; this copy breaks it in every way the rules
 * look for (times moved, ends before starts, zones unknown, whole delegations attending, hotels
 * and journeys cut or moved), the same way for the same seed.
 */
export function perturbed(tables: DatasetTables, seed = 11): DatasetTables {
  const rng = createRng(seed)
  const agendaItems = tables.agendaItems.map((item) => {
    const roll = rng.next()
    if (roll < 0.05) return { ...item, attendeeIds: null }
    if (roll < 0.1) {
      const h = rng.int(0, 23)
      return {
        ...item,
        startTime: `${pad(h)}:${pad(rng.int(0, 59))}`,
        endTime: `${pad((h + rng.int(0, 3)) % 24)}:${pad(rng.int(0, 59))}`,
      }
    }
    if (roll < 0.11) return { ...item, endTime: item.startTime, endDate: item.date }
    if (roll < 0.115) return { ...item, timeZone: rng.next() < 0.5 ? '' : 'Mars/Olympus' }
    if (roll < 0.12)
      return {
        ...item,
        date: '2019-03-31',
        endDate: '2019-03-31',
        startTime: '02:30',
        endTime: '03:30',
        timeZone: 'Europe/Berlin',
      }
    if (roll < 0.125)
      return {
        ...item,
        date: '2019-10-27',
        endDate: '2019-10-27',
        startTime: '02:30',
        endTime: '02:45',
        timeZone: 'Europe/Berlin',
        startFold: 1 as const,
      }
    if (roll < 0.13) return { ...item, date: '2001-01-01', endDate: '2001-01-02' }
    return item
  })
  const accommodations = tables.accommodations.filter(() => rng.next() > 0.1)
  const travelSegments = tables.travelSegments.map((s) =>
    rng.next() < 0.1 ? { ...s, arrivalLocal: s.departureLocal, arrivalZone: 'Asia/Tokyo' } : s,
  )
  return { ...tables, agendaItems, accommodations, travelSegments }
}

function main(): void {
  const { values } = parseArgs({
    options: { visits: { type: 'string', default: '5000' }, check: { type: 'boolean' } },
  })
  const tables = buildLargeDataset({ visits: Number(values.visits) })
  const found = findConflicts(conflictSnapshot(tables))
  const broken = findConflicts(conflictSnapshot(perturbed(tables)))
  const result = {
    visits: tables.visits.length,
    items: tables.agendaItems.length,
    asGenerated: fingerprint(found),
    perturbed: fingerprint(broken),
  }
  const text = JSON.stringify(result, null, 2)
  console.log(text)
  if (values.check) {
    const saved = readFileSync(new URL('./conflicts-fingerprint.json', import.meta.url), 'utf8')
    const same = JSON.stringify(JSON.parse(saved)) === JSON.stringify(result)
    console.log(
      same ? 'same conflicts as saved' : 'DIFFERENT from bench/conflicts-fingerprint.json',
    )
    if (!same) process.exitCode = 1
  }
}

if (process.argv[1]?.endsWith('conflictsFingerprint.ts')) main()
