import type { DatasetTables } from '../../src/shared/model/tables'
import type { ScenarioResult } from '../benchResults'

/** What every scenario gets from the runner: the large office, built once, and its "now". */
export interface ScenarioContext {
  tables: DatasetTables
  now: Date
  /** Measured runs after the warm-up. */
  runs: number
  /** Whether the runner made a fresh out/renderer (false with --no-build: the build that is there). */
  build: boolean
  /** Progress lines go here, so the printed table stays readable. */
  log(line: string): void
}

export interface ScenarioModule {
  /** The ids it reports, for the runner's list when it fails. */
  ids: readonly string[]
  /** It measures the built renderer (out/renderer): the runner builds it once before any of them. */
  usesRenderer?: true
  run(ctx: ScenarioContext): Promise<ScenarioResult[]>
}

/** Runs `fn` once unmeasured (JIT, caches), then `runs` times; returns the samples in ms. */
export async function timed(runs: number, fn: () => unknown): Promise<number[]> {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples
}
