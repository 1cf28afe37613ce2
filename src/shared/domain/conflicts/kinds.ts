import type { ConflictKind } from './types'

/** Every kind, in the order a legend or a filter lists them. */
export const CONFLICT_KINDS: readonly ConflictKind[] = [
  'personDoubleBooked',
  'personInTwoVisits',
  'duringTravel',
  'beforeArrival',
  'tightTransfer',
  'outsideVisit',
  'missingHotelNight',
  'endBeforeStart',
  'zeroLength',
  'unknownZone',
  'skippedTime',
]
