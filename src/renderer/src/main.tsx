import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openAppDB } from './db/AppDB'
import { createRepositories } from './db/repositories'
import { ensureSeeded } from './db/seed'
import { purgeExpiredContacts } from './db/trashPurge'
import { createI18n, storedLanguage } from './i18n'
import { translator } from '@shared/i18n'

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  const language = storedLanguage(safeStorage())
  const i18n = createI18n(language)
  try {
    const db = openAppDB()
    await ensureSeeded(db)
    // Personal data leaves the trash for good after 30 days; a failure here must not stop the app.
    await purgeExpiredContacts(createRepositories(db), new Date()).catch((error: unknown) => {
      console.error('purging the contact trash failed', error)
    })
    createRoot(root).render(
      <StrictMode>
        <App db={db} i18n={i18n} />
      </StrictMode>,
    )
  } catch (error) {
    // Without a database there is no app; say so in plain words rather than a white window. The
    // raw error is rethrown, so it reaches the console (and Electron's log) for diagnosis.
    root.textContent = translator(language)('shell.startFailed')
    root.setAttribute('role', 'alert')
    throw error
  }
}

void start()
