import { formatMs } from './benchStats'

/**
 * How a scenario's number is judged. `under`: the value must be below the target. `ratioUnder`:
 * value ÷ floor must be below it (B1). `ratioAtLeast`: alternative ÷ value must reach it (B4
 * against soffice): on a shared, noisy machine a ratio measured in one run is what counts.
 */
export type TargetRule = 'under' | 'ratioUnder' | 'ratioAtLeast'
export type ScenarioStatus = 'met' | 'missed' | 'pending'

export interface ScenarioResult {
  id: string
  name: string
  /** Median (or p95 where the issue says so); null while the scenario is pending. */
  value: number | null
  unit: string
  target: number
  targetRule: TargetRule
  /** The floor or the alternative, measured in the same run, interleaved. */
  floor?: number
  ratio?: number
  runs: number
  status: ScenarioStatus
  /** What the clock includes, or why the scenario is pending. */
  note?: string
}

export interface BenchResults {
  machine: string
  date: string
  commit: string
  scenarios: ScenarioResult[]
}

/** What a scenario module measured, before the target is applied. */
export interface Measured {
  value: number
  runs: number
  floor?: number
  note?: string
}

export interface ScenarioSpec {
  id: string
  name: string
  unit: string
  target: number
  targetRule: TargetRule
}

/** The value compared with the target: the value itself or its ratio to the floor. */
export function ratioOf(
  rule: TargetRule,
  value: number,
  floor: number | undefined,
): number | undefined {
  if (floor === undefined || !(floor > 0) || !(value > 0)) return undefined
  switch (rule) {
    case 'under':
    case 'ratioUnder':
      return value / floor
    case 'ratioAtLeast':
      return floor / value
    default: {
      const never: never = rule
      throw new Error(`unknown rule ${String(never)}`)
    }
  }
}

export function statusOf(
  rule: TargetRule,
  target: number,
  value: number,
  ratio?: number,
): ScenarioStatus {
  if (!Number.isFinite(value)) return 'missed'
  switch (rule) {
    case 'under':
      return value < target ? 'met' : 'missed'
    case 'ratioUnder':
      return ratio !== undefined && ratio < target ? 'met' : 'missed'
    case 'ratioAtLeast':
      return ratio !== undefined && ratio >= target ? 'met' : 'missed'
    default: {
      const never: never = rule
      throw new Error(`unknown rule ${String(never)}`)
    }
  }
}

export function judged(spec: ScenarioSpec, measured: Measured): ScenarioResult {
  const ratio = ratioOf(spec.targetRule, measured.value, measured.floor)
  return {
    ...spec,
    value: measured.value,
    ...(measured.floor !== undefined ? { floor: measured.floor } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    runs: measured.runs,
    status: statusOf(spec.targetRule, spec.target, measured.value, ratio),
    ...(measured.note ? { note: measured.note } : {}),
  }
}

/** A scenario whose feature or harness is not built: no number, never a made-up one. */
export function pending(spec: ScenarioSpec, why: string): ScenarioResult {
  return { ...spec, value: null, runs: 0, status: 'pending', note: why }
}

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN
}

function targetText(s: ScenarioResult): string {
  switch (s.targetRule) {
    case 'under':
      return `< ${formatNumber(s.target)} ${s.unit}`
    case 'ratioUnder':
      return `≤ ${s.target}× floor`
    case 'ratioAtLeast':
      return `≥ ${s.target}× faster`
    default: {
      const never: never = s.targetRule
      throw new Error(`unknown rule ${String(never)}`)
    }
  }
}

function formatNumber(value: number): string {
  return Math.abs(value) >= 100 ? String(Math.round(value)) : formatMs(value)
}

/** The Markdown table printed by the runner and copied into the README. */
export function resultsTable(scenarios: readonly ScenarioResult[]): string {
  const lines = [
    '| id | scenario | value | target | floor / alternative | ratio | runs | status |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | --- |',
  ]
  for (const s of scenarios) {
    const cells = [
      s.id,
      s.name,
      s.value === null ? '–' : `${formatNumber(s.value)} ${s.unit}`,
      targetText(s),
      s.floor === undefined ? '' : `${formatNumber(s.floor)} ${s.unit}`,
      s.ratio === undefined ? '' : `${s.ratio.toFixed(2)}×`,
      String(s.runs),
      s.status,
    ]
    lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)
  }
  return lines.join('\n')
}
