import { useEffect, useState, type ReactElement } from 'react'
import { RouterProvider } from 'react-router'
import { I18nextProvider } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { FluentProvider } from '@fluentui/react-components'
import type { AppDB } from '../db/AppDB'
import { DbProvider } from '../db/DbContext'
import { ConnectionLostDialog } from '../features/autoBackups'
import { LanguageSync } from './LanguageSync'
import { requestPersistentStorage } from '../db/storagePersistence'
import { createAppRouter } from './routes'
import { useAppTheme } from '../theme/useAppTheme'

export type AppProps = { db: AppDB; i18n: I18n }

/** Providers around the router: data, theme, texts. */
export function App({ db, i18n }: AppProps): ReactElement {
  const [router] = useState(createAppRouter)
  const { name, theme } = useAppTheme()
  // Asked once per start: an evicted IndexedDB would take every visit and contact with it.
  useEffect(() => void requestPersistentStorage(), [])
  return (
    <DbProvider db={db}>
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={theme} data-theme={name} style={{ height: '100%' }}>
          <LanguageSync />
          <RouterProvider router={router} />
          <ConnectionLostDialog />
        </FluentProvider>
      </I18nextProvider>
    </DbProvider>
  )
}
