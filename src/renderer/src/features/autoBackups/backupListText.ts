import type { BackupListEntry, ReadBackupResult } from '@shared/contract'
import { TABLE_NAMES } from '@shared/model/tables'
import type { TFunction } from '@renderer/components'

/** "Automatic backup", "Safety copy before an import". */
export function backupKindText(
  entry: Pick<BackupListEntry, 'kind' | 'reason'>,
  t: TFunction,
): string {
  return t(`autoBackup.kind.${entry.kind === 'auto' ? 'auto' : (entry.reason ?? 'auto')}`)
}

/** "840 kB", "12.3 MB" in the UI language's number format. */
export function backupSizeText(bytes: number, language: string, t: TFunction): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
  if (bytes < 1024 * 1024) {
    return t('autoBackup.size.kb', { value: number.format(Math.max(1, Math.round(bytes / 1024))) })
  }
  return t('autoBackup.size.mb', { value: number.format(bytes / (1024 * 1024)) })
}

/** The tables a backup holds rows of, in table order: "Contacts 12 · Visits 3". */
export function backupCountsText(
  counts: BackupListEntry['counts'],
  language: string,
  t: TFunction,
): string {
  if (counts === null) return t('autoBackup.section.unreadable')
  const number = new Intl.NumberFormat(language)
  const parts = TABLE_NAMES.filter((table) => (counts[table] ?? 0) > 0).map(
    (table) => `${t(`settings.tables.${table}`)} ${number.format(counts[table] ?? 0)}`,
  )
  return parts.length > 0 ? parts.join(' · ') : t('autoBackup.section.noRows')
}

export type BackupReadRefusal = Exclude<ReadBackupResult, { status: 'read' }>

/** Why a file of the list was not read, in the UI language; main sends only status and sizes. */
export function backupReadRefusalText(
  refusal: BackupReadRefusal,
  language: string,
  t: TFunction,
): string {
  switch (refusal.status) {
    case 'missing':
      return t('autoBackup.section.missing', { name: refusal.name })
    case 'too-large':
      return t('autoBackup.section.tooLarge', {
        name: refusal.name,
        size: backupSizeText(refusal.size, language, t),
        max: backupSizeText(refusal.maxBytes, language, t),
      })
    default: {
      const never: never = refusal
      return never
    }
  }
}
