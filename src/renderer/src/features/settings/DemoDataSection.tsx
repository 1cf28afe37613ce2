import { useState, type ReactElement } from 'react'
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { DatabaseRegular, DeleteRegular } from '@fluentui/react-icons'
import { ConfirmDialog, errorText, useDelayedBusy, useT } from '@renderer/components'
import { useHasDemoData } from '@renderer/db/hooks'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { platformSafetyCopy } from './safetyCopy'
import { SettingsSection } from './SettingsSection'

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

type Message = { intent: 'success' | 'error'; text: string }

/**
 * One click adds a realistic data set (marked demo); removing it asks first, saves a safety copy
 * and keeps the demo rows the user's own data uses.
 */
export function DemoDataSection(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const operations = useDataOperations()
  const present = useHasDemoData()
  const [loading, setLoading] = useState(false)
  const spinner = useDelayedBusy(loading)
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)

  const load = async (): Promise<void> => {
    setLoading(true)
    setMessage(null)
    try {
      const loaded = await operations.loadDemo()
      const text = t(loaded ? 'settings.demo.loaded' : 'settings.demo.alreadyLoaded')
      setMessage({ intent: 'success', text })
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t, lang) })
    } finally {
      setLoading(false)
    }
  }

  // Runs inside the dialog, which shows a failure and stays open: nothing was changed then.
  const remove = async (): Promise<void> => {
    const copy = await platformSafetyCopy('before-remove-demo')
    const { removed, kept, safetyCopy } = await operations.removeDemo(copy)
    setConfirming(false)
    const keptText =
      kept > 0 ? t('settings.demo.kept', { count: kept }) : t('settings.demo.keptNone')
    const parts = [
      t('settings.demo.removed', { count: removed }),
      keptText,
      t('settings.backup.safetyCopy', { path: safetyCopy }),
    ]
    setMessage({ intent: 'success', text: parts.join(' ') })
  }

  return (
    <SettingsSection id="demo" title={t('settings.demo.title')} intro={t('settings.demo.intro')}>
      <div className={styles.actions}>
        <Button
          icon={spinner ? <Spinner size="tiny" /> : <DatabaseRegular />}
          disabled={loading || present === true}
          onClick={() => void load()}
        >
          {spinner ? t('settings.demo.loading') : t('settings.demo.load')}
        </Button>
        <Button
          icon={<DeleteRegular />}
          disabled={loading || present !== true}
          onClick={() => {
            setMessage(null)
            setConfirming(true)
          }}
        >
          {t('settings.demo.remove')}
        </Button>
      </div>
      {message ? (
        <MessageBar
          intent={message.intent}
          role={message.intent === 'error' ? 'alert' : 'status'}
          layout="multiline"
          data-testid="demo-result"
        >
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('settings.demo.confirmTitle')}
        confirmLabel={t('settings.demo.confirm')}
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {t('settings.demo.confirmBody')} {t('settings.demo.confirmSafetyCopy')}
        </p>
      </ConfirmDialog>
    </SettingsSection>
  )
}
