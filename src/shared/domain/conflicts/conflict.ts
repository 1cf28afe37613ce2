import type { UiLanguage } from '../../model/common'
import type { Conflict, ConflictKind, ConflictSeverity } from './types'

export const SEVERITY: Record<ConflictKind, ConflictSeverity> = {
  personDoubleBooked: 'error',
  personInTwoVisits: 'error',
  duringTravel: 'error',
  beforeArrival: 'error',
  tightTransfer: 'warning',
  outsideVisit: 'warning',
  missingHotelNight: 'warning',
  endBeforeStart: 'error',
  zeroLength: 'warning',
  unknownZone: 'error',
  skippedTime: 'error',
}

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort()

/**
 * A message in both languages, built on first read: the office's whole conflict list is
 * computed in one go, and most of its messages are never shown.
 */
function lazyMessage(build: (language: UiLanguage) => string): Conflict['message'] {
  const cache: Partial<Record<UiLanguage, string>> = {}
  const read = (language: UiLanguage): string => (cache[language] ??= build(language))
  return {
    get de() {
      return read('de')
    },
    get en() {
      return read('en')
    },
  }
}

export interface ConflictParts {
  kind: ConflictKind
  visitIds: Iterable<string>
  itemIds: Iterable<string>
  personIds: Iterable<string>
  message: (language: UiLanguage) => string
}

export function makeConflict(parts: ConflictParts): Conflict {
  const visitIds = sorted(parts.visitIds)
  const itemIds = sorted(parts.itemIds)
  const personIds = sorted(parts.personIds)
  return {
    key: [parts.kind, visitIds.join(','), itemIds.join(','), personIds.join(',')].join('|'),
    kind: parts.kind,
    severity: SEVERITY[parts.kind],
    visitIds,
    itemIds,
    personIds,
    message: lazyMessage(parts.message),
  }
}

/** Errors first, then by kind and key, so every list of conflicts reads the same way. */
export function compareConflicts(a: Conflict, b: Conflict): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}
