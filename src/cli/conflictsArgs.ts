import type { CommandLine } from './commandLine'

/** What `planner conflicts` was asked for: one visit's conflicts or the whole office's. */
export type ConflictsRequest = {
  backupPath: string
  scope: { kind: 'visit'; visitId: string } | { kind: 'all' }
}

/**
 * Why the arguments do not make a request: `usage` (exit 2, with the help) for a missing or
 * extra file argument; `failure` (exit 1) when the scope is missing or given twice.
 */
export type ConflictsArgsProblem = {
  exit: 'usage' | 'failure'
  key: string
  params?: Record<string, string>
}

export type ConflictsArgsResult =
  { ok: true; request: ConflictsRequest } | { ok: false; problem: ConflictsArgsProblem }

export function readConflictsArgs(line: CommandLine): ConflictsArgsResult {
  const [backupPath, extra] = line.args
  const fail = (
    exit: ConflictsArgsProblem['exit'],
    key: string,
    params?: Record<string, string>,
  ): ConflictsArgsResult => ({ ok: false, problem: { exit, key, params } })
  if (backupPath === undefined) return fail('usage', 'cli.conflicts.missingBackup')
  if (extra !== undefined) return fail('usage', 'cli.unexpectedArgument', { argument: extra })
  const { visit, all } = line.options
  if (visit !== undefined && all) return fail('failure', 'cli.conflicts.visitAndAll')
  if (all) return { ok: true, request: { backupPath, scope: { kind: 'all' } } }
  if (visit === undefined) return fail('failure', 'cli.conflicts.missingScope')
  return { ok: true, request: { backupPath, scope: { kind: 'visit', visitId: visit } } }
}
