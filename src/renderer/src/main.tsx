import { StrictMode, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { App } from './app/App'
import { preloadScreen } from './app/routes'
import { DEFAULT_DB_NAME, type AppDB } from './db/AppDB'
import { countChanges, type ChangeCounter } from './db/changeCounter'
import { watchConnection } from './db/connectionWatch'
import { createRepositories } from './db/repositories'
import { moveToNewOrigin } from './db/originMove'
import { openForStart } from './db/startProblems'
import { removeExpiredContacts } from './db/trashPurge'
import { findExpiredContactsOffThread } from './workers/trashPurgeClient'
import {
  confirmFinalBackupWhileIdle,
  intervalFromSearch,
  startAutoBackups,
  StartFailurePage,
  type StartFailure,
} from './features/autoBackups'
import { createI18n, storedLanguage } from './i18n'
import { installToastKeyboardExit } from './components/toastKeyboardExit'
import type { UiLanguage } from '@shared/model/common'
import { platform } from './platform'
import { translator } from '@shared/i18n'

const PURGE_DELAY_MS = 10_000

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** The providers the start-failure page needs; the app's own come with <App>. */
function Bare({ i18n, children }: { i18n: I18n; children: ReactNode }): ReactNode {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        {children}
      </FluentProvider>
    </I18nextProvider>
  )
}

/**
 * Personal data leaves the trash for good after 30 days. Finding it reads every contact, so it
 * waits until the first screen has had its start and reads in a worker; a failure here must not
 * stop the app.
 */
function purgeTrashSoon(db: AppDB): void {
  const purge = async (): Promise<void> => {
    const now = new Date()
    const ids = await findExpiredContactsOffThread({ dbName: db.name, now: now.toISOString() })
    await removeExpiredContacts(createRepositories(db), ids, now)
  }
  setTimeout(() => {
    purge().catch((error: unknown) => console.error('purging the contact trash failed', error))
  }, PURGE_DELAY_MS)
}

async function boot(root: Root, i18n: I18n, allowEmpty: boolean): Promise<void> {
  const showFailure = (failure: StartFailure): void =>
    root.render(
      <Bare i18n={i18n}>
        <StartFailurePage
          failure={failure}
          dbName={DEFAULT_DB_NAME}
          onRetry={(options) => void boot(root, i18n, options?.allowEmpty ?? false)}
        />
      </Bare>,
    )
  // The first screen's chunk comes while the database opens, so it renders with the shell.
  const screen = preloadScreen(window.location.hash)
  // "Start with empty data" is the user's choice over a move that failed: it is not retried then.
  if (!allowEmpty) {
    const moved = await moveToNewOrigin(DEFAULT_DB_NAME, platform, i18n.language as UiLanguage)
    if (moved.status === 'failed') {
      showFailure({ kind: 'move-failed' })
      return
    }
  }
  let changes: ChangeCounter | null = null
  const outcome = await openForStart(DEFAULT_DB_NAME, {
    onBlocked: () => showFailure({ kind: 'blocked' }),
    hasBackups: async () => (await platform.listBackups()).some((e) => e.kind === 'auto'),
    allowEmpty,
    beforeOpen: (db) => {
      changes = countChanges(db)
    },
  })
  // Never an empty database in place of one that cannot be read: say what happened instead.
  if (!outcome.ok || !changes) {
    if (!outcome.ok) showFailure(outcome.problem)
    return
  }
  const db = outcome.db
  watchConnection(db)
  await screen
  root.render(
    <StrictMode>
      <App db={db} i18n={i18n} />
    </StrictMode>,
  )
  purgeTrashSoon(db)
  startAutoBackups({
    dbName: DEFAULT_DB_NAME,
    changes,
    intervalMs: intervalFromSearch(window.location.search),
  })
}

function start(): void {
  const element = document.getElementById('root')
  if (!element) throw new Error('#root is missing from index.html')
  const language = storedLanguage(safeStorage())
  const i18n = createI18n(language)
  // Before any FluentProvider: its Tabster would otherwise see Tab inside a toast first.
  installToastKeyboardExit(window)
  confirmFinalBackupWhileIdle()
  boot(createRoot(element), i18n, false).catch((error: unknown) => {
    // Something beyond the database failed (rendering, say): plain words rather than a white
    // window, and the raw error for the console and Electron's log.
    element.textContent = translator(language)('shell.startFailed')
    element.setAttribute('role', 'alert')
    throw error
  })
}

start()
