import type { CommandLine } from './commandLine'

/** What `planner merge` was asked to do, every value present. */
export type MergeRequest = { basePath: string; otherPath: string; out: string; force: boolean }

export type MergeArgsResult =
  | { ok: true; request: MergeRequest }
  | { ok: false; problem: { key: string; params?: Record<string, string> } }

const usage = (key: string, params?: Record<string, string>): MergeArgsResult => ({
  ok: false,
  problem: { key, params },
})

/** Reads the merge command's arguments (every problem is wrong usage, exit 2); files come later. */
export function readMergeArgs(line: CommandLine): MergeArgsResult {
  const [basePath, otherPath, extra] = line.args
  if (basePath === undefined || otherPath === undefined) return usage('cli.merge.missingFiles')
  if (extra !== undefined) return usage('cli.unexpectedArgument', { argument: extra })
  const out = line.options.out
  if (!out) return usage('cli.missingOut')
  return { ok: true, request: { basePath, otherPath, out, force: line.options.force } }
}
