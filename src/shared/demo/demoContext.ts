import { addDaysToDate, todayIn } from '../dates'
import { createPrng, demoUuid } from './demoRandom'

/** The home city's zone the demo set is written for; incoming visits take place there. */
export const DEMO_HOME_ZONE = 'Europe/Berlin'

const DAY_MS = 86_400_000

/** What every part of the builder shares: today's date, timestamps and the seeded PRNG. */
export interface DemoContext {
  today: string
  random: () => number
  /** A date `days` from today (negative: in the past). */
  dateIn(days: number): string
  /** An ISO instant `days` from now, never later than now. */
  instantIn(days: number): string
  id(kind: string, ...keys: (string | number)[]): string
}

export function createDemoContext(now: Date): DemoContext {
  const today = todayIn(DEMO_HOME_ZONE, now)
  return {
    today,
    random: createPrng(0x0be71e),
    dateIn: (days) => addDaysToDate(today, days),
    instantIn: (days) =>
      new Date(Math.min(now.getTime(), now.getTime() + Math.round(days * DAY_MS))).toISOString(),
    id: (kind, ...keys) => demoUuid([kind, ...keys].join(':')),
  }
}

/** Looks a spec key up; an unknown key is a mistake in the demo set itself. */
export function resolve(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Demo data: unknown ${what} "${key}"`)
  return id
}
