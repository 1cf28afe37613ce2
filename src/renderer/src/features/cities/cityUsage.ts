import type { CityUsage } from '@renderer/db/aggregateHooks'

/** "3 Besuche, 1 Programm" — only the kinds that block, for the refusal message. */
export function usageParts(usage: CityUsage): Array<[keyof CityUsage, number]> {
  return (Object.entries(usage) as Array<[keyof CityUsage, number]>).filter(([, n]) => n > 0)
}
