import { useEffect, useState, type ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import type { AppInfo } from '@shared/contract'
import { useT } from '@renderer/components'
import { getAppInfo, isDesktop } from '@renderer/platform'
import { SettingsSection } from './SettingsSection'

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  value: { margin: 0, wordBreak: 'break-all' },
  term: { color: tokens.colorNeutralForeground2 },
})

/** Version and where the data lives, for admins and support calls. */
export function AppInfoSection(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let live = true
    void getAppInfo().then((i) => live && setInfo(i))
    return () => {
      live = false
    }
  }, [])

  const where = isDesktop()
    ? t('settings.info.whereDesktop', { path: info?.userDataPath ?? '…' })
    : t('settings.info.whereBrowser')
  const rows: Array<[string, string]> = [
    [t('settings.info.version'), info?.version ?? '…'],
    [t('settings.info.platform'), info?.platform ?? '…'],
    [t('settings.info.where'), where],
  ]
  if (info?.versions.electron) {
    rows.push(['Electron / Chromium', `${info.versions.electron} / ${info.versions.chrome}`])
  }

  return (
    <SettingsSection id="info" title={t('settings.info.title')}>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </SettingsSection>
  )
}
