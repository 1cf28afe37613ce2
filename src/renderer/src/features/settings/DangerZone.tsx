import { useState, type ReactElement } from 'react'
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { WarningRegular } from '@fluentui/react-icons'
import { ConfirmDialog, useT } from '@renderer/components'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { platformSafetyCopy } from './safetyCopy'
import { SettingsSection } from './SettingsSection'

/** Deletes everything, then seeds partner cities and settings again (keeping the language). */
export function DangerZone(): ReactElement {
  const { t, lang } = useT()
  const operations = useDataOperations()
  const [open, setOpen] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  const deleteAll = async (): Promise<void> => {
    const copy = await platformSafetyCopy('before-delete-all')
    const { safetyCopy } = await operations.deleteAll(copy, { uiLanguage: lang })
    setOpen(false)
    setDone(safetyCopy)
  }

  return (
    <SettingsSection
      id="danger"
      title={t('settings.danger.title')}
      intro={t('settings.danger.intro')}
      danger
    >
      <div>
        <Button
          icon={<WarningRegular />}
          onClick={() => {
            setDone(null)
            setOpen(true)
          }}
        >
          {t('settings.danger.deleteAll')}
        </Button>
      </div>
      {done !== null ? (
        <MessageBar intent="success" role="status" data-testid="danger-result">
          <MessageBarBody>
            {t('settings.danger.done')} {t('settings.backup.safetyCopy', { path: done })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ConfirmDialog
        open={open}
        title={t('settings.danger.confirmTitle')}
        confirmLabel={t('settings.danger.confirm')}
        danger
        requireWord={t('settings.danger.word')}
        requireWordLabel={t('settings.danger.wordLabel', { word: t('settings.danger.word') })}
        onConfirm={deleteAll}
        onCancel={() => setOpen(false)}
      >
        <p>{t('settings.danger.confirmBody')}</p>
      </ConfirmDialog>
    </SettingsSection>
  )
}
