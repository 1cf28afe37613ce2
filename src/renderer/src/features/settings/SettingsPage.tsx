import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import { LoadingState, Page, PageHeader, useT } from '@renderer/components'
import { useSettings } from '@renderer/db/hooks'
import { AppInfoSection } from './AppInfoSection'
import { AutoBackupSection } from './AutoBackupSection'
import { BackupSection } from './BackupSection'
import { DangerZone } from './DangerZone'
import { DemoDataSection } from './DemoDataSection'
import { GeneralSettingsForm } from './GeneralSettingsForm'
import { LanguageSwitch } from './LanguageSwitch'
import { SettingsSection } from './SettingsSection'
import { StorageSection } from './StorageSection'
import { ThemeSwitch } from './ThemeSwitch'

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
})

export function SettingsPage(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const settings = useSettings()
  return (
    <Page narrow>
      <PageHeader title={t('nav.settings')} />
      <div className={styles.stack}>
        <SettingsSection id="general" title={t('settings.general')}>
          <LanguageSwitch />
          <ThemeSwitch />
          {settings ? <GeneralSettingsForm settings={settings} /> : <LoadingState />}
        </SettingsSection>
        <BackupSection />
        <AutoBackupSection />
        <StorageSection />
        <DemoDataSection />
        <AppInfoSection />
        <DangerZone />
      </div>
    </Page>
  )
}
