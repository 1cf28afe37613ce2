import type { CliIo } from './io'
import type { Translate } from './output'

/** Node's error codes that a user can act on, by the text that explains them. */
const REASON_BY_CODE: Readonly<Record<string, string>> = {
  ENOENT: 'cli.ioReason.notFound',
  EACCES: 'cli.ioReason.denied',
  EPERM: 'cli.ioReason.denied',
  EISDIR: 'cli.ioReason.isFolder',
  ENOTDIR: 'cli.ioReason.notFolder',
  ENOSPC: 'cli.ioReason.full',
  EDQUOT: 'cli.ioReason.full',
  EROFS: 'cli.ioReason.readOnly',
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { code } = error as { code?: unknown }
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined
}

/**
 * Why reading or writing a file failed, in the user's language. Node's own message is English and
 * names internals (syscalls, temporary files), so only its error code is used.
 */
export function ioReason(error: unknown, t: Translate): string {
  const code = errorCode(error)
  if (code === undefined) return t('cli.ioReason.unknown')
  const key = REASON_BY_CODE[code]
  return key ? t(key) : t('cli.ioReason.code', { code })
}

/** The raw error, for whoever diagnoses a failure: only with PLANNER_DEBUG set, on stderr. */
export function reportDetail(io: CliIo, error: unknown): void {
  if (!io.env.PLANNER_DEBUG) return
  io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error))
}
