import Dexie from 'dexie'
import { parseBackup } from '@shared/backup'
import { decideOriginMove } from '@shared/backup/originMove'
import type { PlannerApi } from '@shared/contract'
import type { UiLanguage } from '@shared/model/common'
import { replaceDatabase } from './startRecovery'

export type OriginMovePlatform = Pick<
  PlannerApi,
  'getOriginMove' | 'finishOriginMove' | 'listBackups' | 'readBackup'
>

export type OriginMoveResult =
  | { status: 'nothing' }
  | { status: 'moved'; backupName: string }
  | { status: 'failed'; backupName: string }

/**
 * The first start on app://: the new origin has no database, so the data comes over from the
 * newest automatic backup (decideOriginMove), validated whole before anything is written. A
 * failure leaves no half-filled database behind (the next start tries again) and never touches
 * the old origin's database or the backup; the caller tells the user.
 */
export async function moveToNewOrigin(
  dbName: string,
  platform: OriginMovePlatform,
  language: UiLanguage,
): Promise<OriginMoveResult> {
  const state = await platform.getOriginMove()
  if (state === 'settled') return { status: 'nothing' }
  const databaseMissing = !(await Dexie.exists(dbName))
  const backups = databaseMissing ? await platform.listBackups() : []
  const decision = decideOriginMove({ state, databaseMissing, backups })
  switch (decision.action) {
    case 'nothing':
      return { status: 'nothing' }
    case 'settle':
      await platform.finishOriginMove({ outcome: decision.outcome })
      return { status: 'nothing' }
    case 'restore': {
      const backupName = decision.backup.name
      try {
        const read = await platform.readBackup({ name: backupName })
        if (read.status !== 'read') return { status: 'failed', backupName }
        const parsed = await parseBackup(read.text, { language })
        if (!parsed.ok) return { status: 'failed', backupName }
        await replaceDatabase(dbName, parsed.tables)
      } catch (error) {
        console.error('moving the data to the app:// origin failed', error)
        // An empty or partial database would count as "already moved" at the next start.
        await Dexie.delete(dbName).catch(() => undefined)
        return { status: 'failed', backupName }
      }
      // Without the marker the next start finds the database and settles the move then.
      await platform.finishOriginMove({ outcome: 'moved', backupName }).catch(() => undefined)
      return { status: 'moved', backupName }
    }
    default: {
      const never: never = decision
      return never
    }
  }
}
