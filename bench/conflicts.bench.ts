// Times the conflict engine on the large office: every conflict of 5,000 visits and 100,000
// programme items at once, and the re-check after one edit. Pure code on Node, no browser.
// Run: npx tsx bench/conflicts.bench.ts [--visits 5000] [--items 100000] [--edits 200]
import { conflictSnapshot } from '../src/cli/conflictsCommand'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import {
  createConflictChecker,
  findConflicts,
  createSnapshotSync,
  type Conflict,
} from '../src/shared/domain/conflicts'
import type { AgendaItem } from '../src/shared/model/agenda'
import type { DatasetTables } from '../src/shared/model/tables'
import { formatMs, measurementTable, type Measurement } from './benchStats'
import { buildLargeDataset } from './largeDataset'
import { createRng } from './largeRandom'

function shifted(item: AgendaItem, minutes: number): AgendaItem {
  const [h, m] = item.startTime.split(':').map(Number)
  const start = Math.min(22 * 60, Math.max(6 * 60, (h ?? 9) * 60 + (m ?? 0) + minutes))
  const clock = (t: number): string =>
    `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
  return { ...item, startTime: clock(start), endTime: clock(start + 60) }
}

/**
 * The generator plans two to four items a day (about 45,000 for 5,000 visits); the office's
 * figure is 100,000. The rest are second tracks beside existing items, for nobody listed yet:
 * as many times, zones and rows to check, without inventing clashes the generator did not plan.
 */
function withItems(tables: DatasetTables, target: number): DatasetTables {
  const rng = createRng(target)
  const extra: AgendaItem[] = []
  const source = tables.agendaItems
  for (let i = 0; source.length + extra.length < target && source.length > 0; i++) {
    const item = source[i % source.length] as AgendaItem
    extra.push({
      ...item,
      id: rng.uuid(),
      title: `${item.title} (2)`,
      attendeeIds: [],
      counterpartIds: [],
    })
  }
  return { ...tables, agendaItems: [...source, ...extra] }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      visits: { type: 'string', default: '5000' },
      items: { type: 'string', default: '100000' },
      edits: { type: 'string', default: '200' },
    },
  })
  const visits = Number(values.visits)
  const edits = Number(values.edits)
  const t0 = performance.now()
  const tables = withItems(buildLargeDataset({ visits }), Number(values.items))
  const built = performance.now() - t0
  const snapshot = conflictSnapshot(tables)
  console.log(
    `${tables.visits.length} visits, ${tables.agendaItems.length} items, ` +
      `${tables.participants.length} participants, ${tables.contacts.length} contacts ` +
      `(built in ${Math.round(built)} ms)`,
  )

  // The first run also fills the caches of zone offsets, as the app's first computation does.
  const full: number[] = []
  const cpu: number[] = []
  let count = 0
  for (let run = 0; run < 6; run++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    count = findConflicts(snapshot).length
    full.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  const [cold = NaN, ...warm] = full

  const checker = createConflictChecker(snapshot)
  checker.all()
  const rng = createRng(7)
  const recheck: number[] = []
  for (let i = 0; i < edits; i++) {
    const item = rng.pick(tables.agendaItems)
    const start = performance.now()
    checker.replace('agendaItems', shifted(item, rng.int(-90, 90)))
    checker.forVisit(item.visitId)
    recheck.push(performance.now() - start)
  }
  const draft: number[] = []
  for (let i = 0; i < edits; i++) {
    const item = rng.pick(tables.agendaItems)
    const start = performance.now()
    checker.withDraft(shifted(item, rng.int(-90, 90)))
    draft.push(performance.now() - start)
  }

  // What the visit list does on the UI thread after each write: the live query's new snapshot
  // synced into the shared checker row by row, then every conflict counted per visit.
  const countPerVisit = (conflicts: readonly Conflict[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const c of conflicts) for (const v of c.visitIds) counts.set(v, (counts.get(v) ?? 0) + 1)
    return counts
  }
  const listChecker = createConflictChecker(snapshot)
  const sync = createSnapshotSync(listChecker, snapshot)
  countPerVisit(listChecker.all())
  let previous = snapshot
  const listEdit: number[] = []
  for (let i = 0; i < Math.min(edits, 30); i++) {
    const item = rng.pick(previous.agendaItems)
    const moved = { ...shifted(item, rng.int(-90, 90)), updatedAt: `2030-01-01T00:00:${i}Z` }
    const next = {
      ...previous,
      agendaItems: previous.agendaItems.map((row) => (row.id === item.id ? moved : row)),
    }
    const start = performance.now()
    sync(next)
    countPerVisit(listChecker.all())
    listEdit.push(performance.now() - start)
    previous = next
  }

  const measurements: Measurement[] = [
    {
      name: `all conflicts of ${tables.visits.length} visits / ${tables.agendaItems.length} items, first run`,
      includes: 'findConflicts over the whole snapshot, zone offsets not yet cached',
      samples: [cold],
      shown: `${count} conflicts`,
    },
    {
      name: 'all conflicts again (zone offsets cached)',
      includes: 'findConflicts over the whole snapshot: indexing, every rule, sorting',
      samples: warm,
      shown: `${count} conflicts`,
    },
    {
      name: 'one item edited → its visit re-checked',
      includes: 'checker.replace of one agenda item, then checker.forVisit of its visit',
      samples: recheck,
    },
    {
      name: 'unsaved form values → the visit with the draft',
      includes: 'checker.withDraft of one changed item (as while typing)',
      samples: draft,
    },
    {
      name: 'visit list after one write (UI thread)',
      includes: 'the held sync over the whole new snapshot, then all() and the counts per visit',
      samples: listEdit,
    },
  ]
  console.log(measurementTable(measurements))
  // On a shared machine the wall clock includes waiting for a core; this process's CPU time not.
  const cpuRuns = cpu.map((ms) => formatMs(ms)).join(' / ')
  console.log(`CPU time of this process for the six full runs (ms): ${cpuRuns}`)
  console.log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  )
}

main()
