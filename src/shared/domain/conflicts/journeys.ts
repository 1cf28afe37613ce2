import type { SegmentEntry } from './context'

/** A leg that leaves this soon after the previous one arrives is a connection, not a stay. */
const CONNECTION_MS = 12 * 3_600_000

/** A segment whose `timing.ok`, so its start and end are numbers. */
export type TimedSegment = SegmentEntry

/** Legs joined into journeys: Berlin → Frankfurt → Tokyo with a two-hour change is one. */
export type Journey = { legs: TimedSegment[]; start: number; end: number }

/** A person's journeys in order, from the segments they travel on (with usable times). */
export function journeysOf(segments: readonly SegmentEntry[]): Journey[] {
  const legs: TimedSegment[] = []
  for (const s of segments) {
    if (s.timing.ok) legs.push(s)
  }
  legs.sort((a, b) => a.start - b.start || a.end - b.end)
  const journeys: Journey[] = []
  for (const leg of legs) {
    const last = journeys[journeys.length - 1]
    if (last && leg.start >= last.end && leg.start - last.end < CONNECTION_MS) {
      last.legs.push(leg)
      last.end = Math.max(last.end, leg.end)
    } else {
      journeys.push({ legs: [leg], start: leg.start, end: leg.end })
    }
  }
  return journeys
}
