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
import { errorText, useT } from '@renderer/components'
import { useDb } from '@renderer/db/DbContext'
import { loadDemoData, removeDemoData } from '@renderer/db/demo'
import { useHasDemoData } from '@renderer/db/hooks'
import { SettingsSection } from './SettingsSection'

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

type Message = { intent: 'success' | 'error'; text: string }

/** One click adds a realistic data set (marked demo) and one click takes exactly it away again. */
export function DemoDataSection(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const db = useDb()
  const present = useHasDemoData()
  const [busy, setBusy] = useState<'load' | 'remove' | null>(null)
  const [message, setMessage] = useState<Message | null>(null)

  const run = async (kind: 'load' | 'remove'): Promise<void> => {
    setBusy(kind)
    setMessage(null)
    try {
      if (kind === 'load') {
        const loaded = await loadDemoData(db)
        const text = t(loaded ? 'settings.demo.loaded' : 'settings.demo.alreadyLoaded')
        setMessage({ intent: 'success', text })
      } else {
        const count = await removeDemoData(db)
        setMessage({ intent: 'success', text: t('settings.demo.removed', { count }) })
      }
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t, lang) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <SettingsSection id="demo" title={t('settings.demo.title')} intro={t('settings.demo.intro')}>
      <div className={styles.actions}>
        <Button
          icon={busy === 'load' ? <Spinner size="tiny" /> : <DatabaseRegular />}
          disabled={busy !== null || present === true}
          onClick={() => void run('load')}
        >
          {busy === 'load' ? t('settings.demo.loading') : t('settings.demo.load')}
        </Button>
        <Button
          icon={busy === 'remove' ? <Spinner size="tiny" /> : <DeleteRegular />}
          disabled={busy !== null || present === false}
          onClick={() => void run('remove')}
        >
          {busy === 'remove' ? t('settings.demo.removing') : t('settings.demo.remove')}
        </Button>
      </div>
      {message ? (
        <MessageBar
          intent={message.intent}
          role={message.intent === 'error' ? 'alert' : 'status'}
          data-testid="demo-result"
        >
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </SettingsSection>
  )
}
