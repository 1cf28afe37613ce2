import { useCallback, useEffect, useState, type ReactElement } from 'react'
import {
  Spinner,
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components'
import { LockClosedRegular, ArrowSyncRegular } from '@fluentui/react-icons'
import { assessStorage, formatByteSize, formatShare } from '@shared/domain/storageQuota'
import { useDelayedBusy, useT } from '@renderer/components'
import {
  readStorageState,
  requestPersistentStorage,
  type StorageState,
} from '@renderer/db/storagePersistence'
import { SettingsSection } from './SettingsSection'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
})

/** Whether the browser may evict the data, and how much of the quota it takes. */
export function StorageSection(): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const [state, setState] = useState<StorageState | null>(null)
  const [asking, setAsking] = useState(false)
  const spinner = useDelayedBusy(asking)

  const refresh = useCallback(async (): Promise<void> => setState(await readStorageState()), [])
  useEffect(() => {
    void refresh()
    const onFocus = (): void => void refresh()
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [refresh])

  const ask = async (): Promise<void> => {
    setAsking(true)
    try {
      await requestPersistentStorage()
      await refresh()
    } finally {
      setAsking(false)
    }
  }

  const assessment = assessStorage(state?.estimate ?? null)
  const size = (bytes: number): string => formatByteSize(bytes, lang)

  return (
    <SettingsSection
      id="storage"
      title={t('settings.storage.title')}
      intro={t('settings.storage.intro')}
    >
      {state === null ? null : !state.supported ? (
        <Text>{t('settings.storage.unsupported')}</Text>
      ) : (
        <>
          <div className={styles.row}>
            <Text weight="semibold">{t('settings.storage.persistence')}</Text>
            <Badge
              appearance="tint"
              color={state.persisted ? 'success' : 'warning'}
              data-testid="storage-persistence"
            >
              {state.persisted
                ? t('settings.storage.persisted')
                : t('settings.storage.notPersisted')}
            </Badge>
            {state.persisted ? null : (
              <Button
                icon={spinner ? <Spinner size="tiny" /> : <LockClosedRegular />}
                disabled={asking}
                onClick={() => void ask()}
              >
                {t('settings.storage.request')}
              </Button>
            )}
          </div>
          <Text className={styles.hint}>
            {state.persisted
              ? t('settings.storage.persistedHint')
              : t('settings.storage.notPersistedHint')}
          </Text>
          {state.estimate && assessment.usedShare !== null ? (
            <Field
              label={t('settings.storage.usage')}
              validationState="none"
              hint={t('settings.storage.usageText', {
                used: size(state.estimate.usage),
                quota: size(state.estimate.quota),
                share: formatShare(assessment.usedShare, lang),
              })}
            >
              <ProgressBar
                value={assessment.usedShare}
                max={1}
                thickness="large"
                color={
                  assessment.level === 'ok'
                    ? 'brand'
                    : assessment.level === 'near'
                      ? 'warning'
                      : 'error'
                }
              />
            </Field>
          ) : (
            <Text>{t('settings.storage.noEstimate')}</Text>
          )}
          {assessment.level === 'near' || assessment.level === 'full' ? (
            <MessageBar
              intent={assessment.level === 'full' ? 'error' : 'warning'}
              layout="multiline"
              data-testid="storage-warning"
            >
              <MessageBarBody>
                {t(`settings.storage.${assessment.level}`, {
                  share: formatShare(assessment.usedShare ?? 1, lang),
                  free: size(assessment.free ?? 0),
                })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div>
            <Button appearance="subtle" icon={<ArrowSyncRegular />} onClick={() => void refresh()}>
              {t('settings.storage.refresh')}
            </Button>
          </div>
        </>
      )}
    </SettingsSection>
  )
}
