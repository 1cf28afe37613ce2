import type { FinishOriginMoveArgs } from '@shared/contract'
import type { OriginMoveState } from '@shared/backup/originMove'

/** The marker of the move to app:// (see @shared/backup/originMove), a file in user data. */
export type OriginMovePorts = {
  /** The marker's text, or null when there is none. */
  readMarker(): Promise<string | null>
  writeMarker(text: string): Promise<void>
  now(): Date
}

/**
 * Pending until the page settles the move. A marker that cannot be read counts as pending: the
 * page then looks again, and never overwrites a database it finds (decideOriginMove).
 */
export async function getOriginMove(ports: OriginMovePorts): Promise<OriginMoveState> {
  const marker = await ports.readMarker().catch(() => null)
  return marker === null ? 'pending' : 'settled'
}

/** Writes the marker with what happened, for whoever later wonders where the data came from. */
export async function finishOriginMove(
  args: FinishOriginMoveArgs,
  ports: OriginMovePorts,
): Promise<void> {
  const marker = { ...args, settledAt: ports.now().toISOString() }
  await ports.writeMarker(`${JSON.stringify(marker, null, 2)}\n`)
}
