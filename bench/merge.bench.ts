// Times the backup merge on the large office: two copies of 20,000 contacts and their visits that
// diverged (each side edits, deletes and adds rows), merged by mergeTables as the app's import and
// `planner merge` do. Pure code on Node, no browser; the database write is timed by hand (README).
// Run: npx tsx bench/merge.bench.ts [--contacts 20000] [--changes 1000]
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { mergeTables } from '../src/shared/backup/merge'
import type { DatasetTables } from '../src/shared/model/tables'
import { measurementTable, type Measurement } from './benchStats'
import { buildLargeDataset } from './largeDataset'
import { createRng } from './largeRandom'

/** A copy of `tables` after `changes` edits, deletes (with tombstones) and new contacts. */
function diverged(tables: DatasetTables, changes: number, seed: number): DatasetTables {
  const rng = createRng(seed)
  const copy = structuredClone(tables)
  const stamp = new Date(Date.UTC(2030, 0, 1) + seed).toISOString()
  const contacts = copy.contacts
  for (let i = 0; i < changes; i++) {
    const index = rng.int(0, contacts.length - 1)
    contacts[index] = { ...contacts[index]!, notes: `edited ${seed}`, updatedAt: stamp }
  }
  for (let i = 0; i < changes / 2; i++) {
    const [gone] = contacts.splice(rng.int(0, contacts.length - 1), 1)
    if (gone) copy.tombstones.push({ id: gone.id, table: 'contacts', deletedAt: stamp })
  }
  for (let i = 0; i < changes; i++) {
    const model = rng.pick(tables.contacts)
    contacts.push({ ...model, id: rng.uuid(), createdAt: stamp, updatedAt: stamp })
  }
  return copy
}

function main(): void {
  const { values } = parseArgs({
    options: {
      contacts: { type: 'string', default: '20000' },
      changes: { type: 'string', default: '1000' },
    },
  })
  const changes = Number(values.changes)
  const tables = buildLargeDataset({ contacts: Number(values.contacts) })
  const a = diverged(tables, changes, 1)
  const b = diverged(tables, changes, 2)
  const rows = Object.values(a).reduce((sum, list) => sum + list.length, 0)
  console.log(
    `${rows} rows per copy, ${changes} edits, ${changes / 2} deletes, ${changes} adds each`,
  )

  const merge: number[] = []
  const same: number[] = []
  let shown = ''
  for (let run = 0; run < 6; run++) {
    let start = performance.now()
    const { preview } = mergeTables(a, b)
    merge.push(performance.now() - start)
    const c = preview.contacts
    shown = `contacts +${c.added.length} ~${c.updated.length} −${c.deleted.length}`
    start = performance.now()
    mergeTables(a, a)
    same.push(performance.now() - start)
  }
  const measurements: Measurement[] = [
    {
      name: 'two diverged copies merged',
      includes: 'mergeTables: by id, tombstones, reference clean-up, preview against the base',
      samples: merge,
      shown,
    },
    {
      name: 'a copy merged with itself (nothing to do)',
      includes: 'mergeTables where every row is equal on both sides',
      samples: same,
    },
  ]
  console.log(measurementTable(measurements))
  console.log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  )
}

main()
