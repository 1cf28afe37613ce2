import type { Programme } from '../model/partnerCity'
import type { Visit } from '../model/visit'
import { yearOf } from './strategyShare'

export type ProgrammeGap = {
  programmeId: string
  cityId: string
  title: string
  /** Start date of the programme's last visit on or before the as-of date; null: none ever. */
  lastVisit: string | null
  /** Start date of its first visit after the as-of date (planned, say); null: none recorded. */
  nextVisit: string | null
}

/** Two years back from an ISO date, by the calendar (29 February compares like 28). */
export function twoYearsBefore(isoDate: string): string {
  return `${String(yearOf(isoDate) - 2).padStart(4, '0')}${isoDate.slice(4)}`
}

/**
 * Programmes running at `asOf` (started in or before its year, not ended before it) that had no
 * visit in the two years up to `asOf`: their last visit started before that date two years
 * earlier, or they never had one though they began at least two years before. A programme begun
 * more recently is still young, not neglected. The visits must already be the counted ones
 * (not cancelled, not in the trash). Longest neglected first.
 */
export function programmesWithoutVisit(
  programmes: readonly Pick<Programme, 'id' | 'cityId' | 'title' | 'startYear' | 'endYear'>[],
  visits: readonly Pick<Visit, 'programmeId' | 'startDate'>[],
  asOf: string,
): ProgrammeGap[] {
  const year = yearOf(asOf)
  const since = twoYearsBefore(asOf)
  const last = new Map<string, string>()
  const next = new Map<string, string>()
  for (const v of visits) {
    if (v.programmeId === null) continue
    if (v.startDate > asOf) {
      const soonest = next.get(v.programmeId)
      if (soonest === undefined || v.startDate < soonest) next.set(v.programmeId, v.startDate)
      continue
    }
    const seen = last.get(v.programmeId)
    if (seen === undefined || v.startDate > seen) last.set(v.programmeId, v.startDate)
  }
  return programmes
    .filter((p) => p.startYear <= year && (p.endYear === null || p.endYear >= year))
    .map((p) => ({
      programmeId: p.id,
      cityId: p.cityId,
      title: p.title,
      lastVisit: last.get(p.id) ?? null,
      nextVisit: next.get(p.id) ?? null,
      startYear: p.startYear,
    }))
    .filter((p) => (p.lastVisit === null ? p.startYear <= year - 2 : p.lastVisit < since))
    .sort(
      (a, b) =>
        (a.lastVisit ?? '').localeCompare(b.lastVisit ?? '') || a.title.localeCompare(b.title),
    )
    .map(({ startYear: _startYear, ...gap }) => gap)
}
