import { loadavg } from 'node:os'
import { conflictSnapshot } from '../../src/cli/conflictsCommand'
import { createConflictChecker, findConflicts } from '../../src/shared/domain/conflicts'
import type { AgendaItem } from '../../src/shared/model/agenda'
import { judged } from '../benchResults'
import { summarize } from '../benchStats'
import { createRng } from '../largeRandom'
import { timed, type ScenarioModule } from './scenario'

/** Moves an item by some minutes within the day, as an officer dragging it would. */
function shifted(item: AgendaItem, minutes: number): AgendaItem {
  const [h, m] = item.startTime.split(':').map(Number)
  const start = Math.min(22 * 60, Math.max(6 * 60, (h ?? 9) * 60 + (m ?? 0) + minutes))
  const clock = (t: number): string =>
    `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
  return { ...item, startTime: clock(start), endTime: clock(start + 60) }
}

/** B6: every conflict of the whole office, and the re-check of one visit after one edit. */
export const conflictsScenario: ScenarioModule = {
  ids: ['B6', 'B6-edit'],
  async run({ tables, runs, log }) {
    const snapshot = conflictSnapshot(tables)
    let count = 0
    // On the shared machine the wall clock includes waiting for a core; the CPU time does not.
    const cpu: number[] = []
    const full = await timed(runs, () => {
      const before = process.cpuUsage()
      count = findConflicts(snapshot).length
      const used = process.cpuUsage(before)
      cpu.push((used.user + used.system) / 1000)
    })
    const cpuMedian = summarize(cpu.slice(1)).median
    log(
      `B6: ${count} conflicts in ${tables.visits.length} visits, ${tables.agendaItems.length} items; ` +
        `CPU time ${cpu.map((ms) => Math.round(ms)).join(' / ')} ms (first unmeasured), ` +
        `load ${loadavg()[0]?.toFixed(1) ?? '?'}`,
    )
    const checker = createConflictChecker(snapshot)
    checker.all()
    const rng = createRng(7)
    const edits: number[] = []
    for (let i = 0; i < 200; i++) {
      const item = rng.pick(tables.agendaItems)
      const start = performance.now()
      checker.replace('agendaItems', shifted(item, rng.int(-90, 90)))
      checker.forVisit(item.visitId)
      edits.push(performance.now() - start)
    }
    const size = `${tables.visits.length} visits, ${tables.agendaItems.length} items`
    return [
      judged(
        { id: 'B6', name: 'conflicts, whole office', unit: 'ms', target: 500, targetRule: 'under' },
        {
          value: summarize(full).median,
          runs: full.length,
          note:
            `findConflicts over ${size}, ${count} conflicts; median after one warm-up run; ` +
            `CPU time median ${Math.round(cpuMedian)} ms, load ${loadavg()[0]?.toFixed(1) ?? '?'}`,
        },
      ),
      judged(
        {
          id: 'B6-edit',
          name: 'conflicts, re-check after one edit',
          unit: 'ms',
          target: 5,
          targetRule: 'under',
        },
        {
          value: summarize(edits).median,
          runs: edits.length,
          note: 'checker.replace of one moved item, then checker.forVisit of its visit',
        },
      ),
    ]
  },
}
