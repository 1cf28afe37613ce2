import { translator } from '../i18n'
import type { UiLanguage } from '../model/common'
import { TABLE_NAMES } from '../model/tables'
import type { BackupError, BackupErrorDetail } from './format'

/** One complete sentence per problem, in the user's language. */
export function describeBackupError(error: BackupErrorDetail, language: UiLanguage = 'en'): string {
  const t = translator(language)
  switch (error.code) {
    case 'notJson':
      return t('backupFile.notJson', { line: error.line, column: error.column })
    case 'wrongFormat':
      return error.found === null
        ? t('backupFile.wrongFormatMissing')
        : t('backupFile.wrongFormat', { found: error.found })
    case 'unsupportedFormatVersion':
      return t('backupFile.unsupportedFormatVersion', {
        found: error.found,
        supported: error.supported.join(', '),
      })
    case 'invalidHeader':
      return t('backupFile.invalidHeader', { detail: error.issue })
    case 'checksumMismatch':
      return t('backupFile.checksumMismatch', { expected: error.expected, actual: error.actual })
    case 'payloadUnreadable':
      // `detail` (the engine's own words) stays on the error for logs, not in the sentence.
      return t('backupFile.payloadUnreadable')
    case 'schemaTooNew':
      return t('backupFile.schemaTooNew', { found: error.found, supported: error.supported })
    case 'migrationMissing':
      return t('backupFile.migrationMissing', { from: error.from })
    case 'migrationFailed':
      return t('backupFile.migrationFailed', { from: error.from })
    case 'unknownTable':
      return t('backupFile.unknownTable', { table: error.table, known: TABLE_NAMES.join(', ') })
    case 'tableNotArray':
      return t('backupFile.tableNotArray', { table: error.table })
    case 'invalidRow': {
      const params = { table: error.table, row: error.index + 1, issue: error.issue }
      return error.id === null
        ? t('backupFile.invalidRowNoId', params)
        : t('backupFile.invalidRow', { ...params, id: error.id })
    }
    case 'duplicateId':
      return t('backupFile.duplicateId', {
        table: error.table,
        row: error.index + 1,
        id: error.id,
        firstRow: error.firstIndex + 1,
      })
    case 'multipleSettings':
      return t('backupFile.multipleSettings', { count: error.count })
    default: {
      const never: never = error
      return String(never)
    }
  }
}

export function withMessage(error: BackupErrorDetail, language: UiLanguage): BackupError {
  return { ...error, message: describeBackupError(error, language) }
}
