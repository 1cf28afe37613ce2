import type { ReactElement } from 'react'
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { BackupError, MergePreview } from '@shared/backup'
import { useT } from '@renderer/components'
import type { ImportMode } from '@renderer/db/dataOperations'
import { BackupErrorList } from './BackupErrorList'
import { changeTotals } from './importOutcome'

export type Outcome =
  | { kind: 'exported'; path: string; total: number }
  | {
      kind: 'imported'
      mode: ImportMode
      name: string
      preview: MergePreview
      safetyCopy: string
    }
  | { kind: 'invalid'; name: string; errors: BackupError[] }
  | { kind: 'failed'; message: string }

/** What the last export or import did, or why it did not. */
export function BackupOutcome({ outcome }: { outcome: Outcome }): ReactElement {
  const { t } = useT()
  switch (outcome.kind) {
    case 'exported':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="backup-result">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.backup.exported')}</MessageBarTitle>
            {t('settings.backup.exportedBody', { path: outcome.path, count: outcome.total })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'imported':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="backup-result">
          <MessageBarBody>
            <MessageBarTitle>
              {t(outcome.mode === 'merge' ? 'backupMerge.merged' : 'backupMerge.replaced')}
            </MessageBarTitle>
            {t('backupMerge.mergedBody', { name: outcome.name, ...changeTotals(outcome.preview) })}{' '}
            {t('settings.backup.safetyCopy', { path: outcome.safetyCopy })}
          </MessageBarBody>
        </MessageBar>
      )
    case 'invalid':
      return <BackupErrorList name={outcome.name} errors={outcome.errors} />
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="backup-result">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )
    default: {
      const never: never = outcome
      return never
    }
  }
}
