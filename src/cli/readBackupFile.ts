import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import type { Translate } from './output'

/** A backup file's text, or null once it has said on stderr why the file cannot be read. */
export async function readBackupFile(
  path: string,
  io: CliIo,
  t: Translate,
): Promise<string | null> {
  if (!(await io.exists(path))) {
    io.stderr(t('cli.notFound', { path }))
    return null
  }
  try {
    return await io.readFile(path)
  } catch (error) {
    io.stderr(t('cli.readFailed', { path, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return null
  }
}
