import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os'
import { measurementTable, type Measurement } from './benchStats'

export interface Machine {
  date: string
  cpu: string
  nproc: number
  memoryGiB: number
  os: string
  node: string
  chromium: string
  /** The build that was measured: when out/renderer was written, and the checkout's commit. */
  build: string
  /** 1-minute load average when the run started: other work on the machine skews the numbers. */
  load: string
}

export function describeMachine(chromium: string, root = 'out/renderer'): Machine {
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    build: describeBuild(root),
    load: loadAverage(),
  }
}

export function loadAverage(): string {
  return (loadavg()[0] ?? NaN).toFixed(2)
}

/** The bundle the build's index.html loads and when it was written, to notice a rebuild. */
export function buildStamp(root = 'out/renderer'): string {
  const index = `${root}/index.html`
  const html = readFileSync(index, 'utf8')
  const bundle = /assets\/([^"]+\.js)/.exec(html)?.[1] ?? 'unknown bundle'
  return `${bundle}, written ${statSync(index).mtime.toISOString()}`
}

function describeBuild(root: string): string {
  const built = buildStamp(root)
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim()
    // Only the app's sources go into the build; changes elsewhere (bench/, docs) do not matter.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' })
    const state = dirty.trim() ? 'with uncommitted changes in src/' : 'src/ clean'
    return `out/renderer: ${built}; at run time the checkout was at ${commit}, ${state}`
  } catch {
    return `out/renderer: ${built}`
  }
}

export interface BenchRun {
  machine: Machine
  browserSetup: string
  dataset: string
  measurements: Measurement[]
  notes: string[]
}

/** bench/contacts-results.md: the machine, the data, every number as measured and what each includes. */
export function resultsMarkdown(run: BenchRun): string {
  const m = run.machine
  return [
    '# Contacts benchmark: results',
    '',
    'Written by `npm run bench` (bench/contacts.bench.ts); every number below was measured in that',
    'run. Nothing is compared with a threshold. Times are milliseconds, from `performance.now()`',
    'inside the page (see "What each number includes").',
    '',
    '## Machine',
    '',
    `- date: ${m.date}`,
    `- CPU: ${m.cpu}, nproc ${m.nproc}`,
    `- memory: ${m.memoryGiB} GiB`,
    `- OS: ${m.os}; Node ${m.node}`,
    `- load average (1 min) at the start: ${m.load}`,
    `- browser: ${m.chromium}; ${run.browserSetup}`,
    `- build: ${m.build}`,
    '',
    '## Data',
    '',
    run.dataset,
    '',
    '## Results',
    '',
    measurementTable(run.measurements),
    '',
    ...(run.notes.length > 0 ? ['## Observations', '', ...run.notes.map((n) => `- ${n}`), ''] : []),
    '## What each number includes',
    '',
    ...explanations(run.measurements),
    '',
  ].join('\n')
}

/** One line per distinct clock, naming every measurement that uses it. */
function explanations(measurements: readonly Measurement[]): string[] {
  const byClock = new Map<string, string[]>()
  for (const m of measurements)
    byClock.set(m.includes, [...(byClock.get(m.includes) ?? []), m.name])
  return [...byClock].map(
    ([includes, names]) => `- ${names.map((n) => `**${n}**`).join(', ')}: ${includes}.`,
  )
}
