import type { ReactElement } from 'react'
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { BackupError } from '@shared/backup'
import { useT } from '@renderer/components'
import { firstErrors } from './backupFlow'

/** Why a backup was refused: the first 20 problems and how many more; nothing was changed. */
export function BackupErrorList(props: { name: string; errors: BackupError[] }): ReactElement {
  const { t } = useT()
  const { shown, hidden } = firstErrors(props.errors)
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="backup-result">
      <MessageBarBody>
        <MessageBarTitle>
          {t('settings.backup.invalid', { name: props.name, count: props.errors.length })}
        </MessageBarTitle>
        <ul>
          {shown.map((error, index) => (
            <li key={index}>{error.message}</li>
          ))}
        </ul>
        {hidden > 0 ? <p>{t('settings.backup.moreErrors', { count: hidden })}</p> : null}
        <p>{t('settings.backup.nothingChanged')}</p>
      </MessageBarBody>
    </MessageBar>
  )
}
