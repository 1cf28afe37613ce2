import { Suspense, useEffect, type ReactElement } from 'react'
import { Outlet, useLocation } from 'react-router'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { AppToaster, DeletionUndoProvider, useT } from '../components'
import { ErrorBoundary } from './ErrorBoundary'
import { KeyboardCommands } from './KeyboardCommands'
import { MenuCommandListener } from './MenuCommandListener'
import { MenuContextSync } from './MenuContextSync'
import { OfficeName } from './OfficeName'
import { RouteLoading } from './RouteLoading'
import { SideNav } from './SideNav'
import { isMac, isPrintShortcut } from './shortcuts'

const useStyles = makeStyles({
  shell: {
    display: 'grid',
    gridTemplateColumns: '232px 1fr',
    gridTemplateRows: '48px 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    gridColumn: '1 / -1',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  appName: { color: tokens.colorNeutralForegroundOnBrand },
  office: { marginLeft: 'auto', opacity: 0.9, color: tokens.colorNeutralForegroundOnBrand },
  side: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
  },
  main: {
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    ':focus': { outline: 'none' },
  },
  skip: {
    position: 'absolute',
    left: '8px',
    top: '-48px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    ':focus': { top: '8px' },
  },
})

/** Header, navigation and the open screen; each screen sits in its own error boundary. */
export function AppShell(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const location = useLocation()
  const focusMain = (): void => document.getElementById('main-content')?.focus()
  // Electron has no print shortcut of its own; in a browser this is what Ctrl+P does anyway.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isPrintShortcut(event, isMac())) return
      event.preventDefault()
      window.print()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return (
    <DeletionUndoProvider>
      <div className={styles.shell} data-shell>
        <a
          href="#main-content"
          className={styles.skip}
          onClick={(e) => {
            // With hash routing a fragment link would change the route; move focus instead.
            e.preventDefault()
            focusMain()
          }}
        >
          {t('shell.skipToContent')}
        </a>
        <header className={styles.header}>
          <Text as="span" size={400} weight="semibold" className={styles.appName}>
            {t('app.name')}
          </Text>
          <OfficeName className={styles.office} />
        </header>
        <aside className={styles.side}>
          <SideNav />
        </aside>
        <main id="main-content" className={styles.main} tabIndex={-1}>
          <ErrorBoundary
            key={location.pathname}
            title={t('shell.crashTitle')}
            body={t('shell.crashBody')}
            reloadLabel={t('shell.reload')}
          >
            {/* Screens load with their feature's chunk; a chunk that fails to load lands above. */}
            <Suspense fallback={<RouteLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
        <AppToaster />
        <MenuCommandListener />
        <MenuContextSync />
        <KeyboardCommands />
      </div>
    </DeletionUndoProvider>
  )
}
