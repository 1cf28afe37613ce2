export type {
  Conflict,
  ConflictChecker,
  ConflictKind,
  ConflictRow,
  ConflictSeverity,
  ConflictSnapshot,
  ConflictTable,
} from './types'
export { CONFLICT_KINDS } from './kinds'
export { createConflictChecker, findConflicts } from './checker'
export { SEVERITY as CONFLICT_SEVERITY, compareConflicts } from './conflict'
export { createSnapshotSync, syncSnapshot } from './syncSnapshot'
export { countConflictsByVisit, createLiveConflictCounts } from './liveCounts'
export { normalizePlace } from './places'
