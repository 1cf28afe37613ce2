// The benchmark suite of issue 11: builds the large office once, runs every scenario module
// (warm-up, then several runs; floors and alternatives interleaved in the same run), prints a
// table and writes bench/results.json. Run: npm run bench [-- --runs 5 --only B6,B8 --no-build]
import { execFile, execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { parseArgs, promisify } from 'node:util'
import { pending, resultsTable, type BenchResults, type ScenarioResult } from './benchResults'
import { buildLargeDataset, LARGE_DEFAULTS } from './largeDataset'
import type { ScenarioModule } from './scenarios/scenario'
import { SCENARIOS } from './scenarios/index'

export const RESULTS_JSON = 'bench/results.json'

function machine(): string {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  const memory = Math.round((totalmem() / 1024 ** 3) * 10) / 10
  return `${cpus()[0]?.model ?? 'unknown CPU'}, nproc ${availableParallelism()}, ${memory} GiB, Node ${process.version}, load ${load} at the start (shared machine)`
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'bench', ':!bench/results.json'],
      {
        encoding: 'utf8',
      },
    )
    return dirty.trim() ? `${head} (with uncommitted changes)` : head
  } catch {
    return 'unknown'
  }
}

async function runModule(
  module: ScenarioModule,
  run: () => Promise<ScenarioResult[]>,
): Promise<ScenarioResult[]> {
  try {
    return await run()
  } catch (error) {
    // A harness that breaks reports pending with the reason: never left out, never a number.
    const message = error instanceof Error ? error.message : String(error)
    return module.ids.map((id) =>
      pending(
        { id, name: id, unit: '', target: NaN, targetRule: 'under' },
        `harness failed: ${message.split('\n')[0] ?? ''}`,
      ),
    )
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  })
  const runs = Number(values.runs)
  const only = values.only?.split(',')
  const wanted = (ids: readonly string[]): boolean =>
    !only || ids.some((id) => only.some((o) => id.startsWith(o)))
  const started = new Date()
  const machineText = machine()
  const t0 = performance.now()
  const tables = buildLargeDataset()
  const log = (line: string): void => console.log(line)
  log(
    `large office built in ${Math.round(performance.now() - t0)} ms: ${tables.partnerCities.length} cities, ` +
      `${tables.visits.length} visits, ${tables.organizations.length} organizations, ` +
      `${tables.contacts.length} contacts, ${tables.agendaItems.length} agenda items`,
  )
  const chosen = SCENARIOS.filter((module) => wanted(module.ids))
  const build = !values['no-build'] && chosen.some((module) => module.usesRenderer)
  if (build) {
    // Once, before any scenario that loads the renderer, so --only B3 measures today's code too.
    log('electron-vite build …')
    await promisify(execFile)('npx', ['electron-vite', 'build'], { maxBuffer: 64 * 1024 * 1024 })
  }
  const results: ScenarioResult[] = []
  for (const module of chosen) {
    log(`running ${module.ids.join(', ')} …`)
    results.push(
      ...(await runModule(module, () =>
        module.run({ tables, now: LARGE_DEFAULTS.now, runs, log, build }),
      )),
    )
  }
  results.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
  // The machine is shared: the load at the end says how busy it was while the scenarios ran.
  const loadEnd = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  const out: BenchResults = {
    machine: `${machineText}, load ${loadEnd} at the end`,
    date: started.toISOString(),
    commit: commit(),
    scenarios: results,
  }
  await writeFile(RESULTS_JSON, `${JSON.stringify(out, null, 2)}\n`, 'utf8')
  console.log('')
  console.log(resultsTable(results))
  console.log(`\nwrote ${RESULTS_JSON}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
