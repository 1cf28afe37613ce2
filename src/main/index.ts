import { readFile } from 'node:fs/promises'
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron'
import type { MenuCommand, MenuContext } from '@shared/contract'
import type { VisitDocument } from '@shared/documents/visitDocuments'
// electron-vite resolves these to the files in resources/, relative to the built main script.
import iconIco from '../../resources/icon.ico?asset'
import iconPng from '../../resources/icon.png?asset'
import { DEFAULT_LANGUAGE, translator } from '@shared/i18n'
import type { UiLanguage } from '@shared/model/common'
import { preloadPathFor, resolveAppLocation } from './appLocation'
import { APP_SCHEME, appSchemePrivileges, createAppProtocolHandler } from './appProtocol'
import { sendEvent } from './events'
import { createHandlers } from './handlers'
import {
  electronAppInfoPorts,
  electronBackupFolderPorts,
  electronFilePorts,
  electronOriginMovePorts,
  electronSnapshotPorts,
} from './handlers/ports'
import { createFinalBackupGuard, FINAL_BACKUP_TIMEOUT_MS } from './backups/finalBackup'
import type { FinalBackupGuard } from './backups/finalBackup'
import { handleAll } from './ipc'
import { buildMenuTemplate, languageFromLocale, NO_MENU_CONTEXT, sameMenuContext } from './menu'
import { guardWebContents, hardenSession } from './security'
import { createMainWindow, windowIconFor } from './window'

/** Tests (and admins) point the app at another profile; must happen before the instance lock. */
const USER_DATA_ENV = 'DELEGATION_PLANNER_USER_DATA'

const userDataOverride = process.env[USER_DATA_ENV]
if (userDataOverride) app.setPath('userData', userDataOverride)
app.enableSandbox()
// Privileges can only be granted before ready; the handler serving the files comes in onReady.
protocol.registerSchemesAsPrivileged(appSchemePrivileges())

const mainDir = import.meta.dirname
const location = resolveAppLocation({
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  mainDir,
})
const isDev = location.kind === 'dev-server'
const isMac = process.platform === 'darwin'
let language: UiLanguage = DEFAULT_LANGUAGE
let menuContext: MenuContext = NO_MENU_CONTEXT
let mainWindow: BrowserWindow | null = null
let finalBackup: FinalBackupGuard | null = null
/** Set by before-quit: after the last backup the app quits, not only the window closes. */
let quitting = false

function applyMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(language, isMac, isDev, {
        context: menuContext,
        onCommand: sendMenuCommand,
        onVisitDocument: sendVisitDocument,
      }),
    ),
  )
  app.setAboutPanelOptions({
    applicationName: translator(language)('app.name'),
    applicationVersion: app.getVersion(),
  })
}

/**
 * The page carries a menu command out. With no window open (macOS keeps running without one) the
 * command opens the window instead: the page could not listen before it has loaded.
 */
function sendMenuCommand(command: MenuCommand): void {
  if (!mainWindow) {
    focusMainWindow()
    return
  }
  sendEvent(mainWindow.webContents, 'menu:command', { command })
}

/** The id came from the page and goes back to it unchanged: main never acts on it. */
function sendVisitDocument(visitId: string, document: VisitDocument): void {
  if (!mainWindow) {
    focusMainWindow()
    return
  }
  sendEvent(mainWindow.webContents, 'menu:visit-document', { visitId, document })
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: preloadPathFor(mainDir),
    isDev,
    location,
    title: translator(language)('app.name'),
    iconPath: windowIconFor(process.platform, { png: iconPng, ico: iconIco }),
  })
  const window = mainWindow
  const guard = createFinalBackupGuard({
    requestFinalBackup: () =>
      !window.webContents.isCrashed() &&
      sendEvent(window.webContents, 'backups:final-requested', {}),
    finish: () => {
      if (quitting) app.quit()
      else if (!window.isDestroyed()) window.close()
    },
    startTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms)
      return () => clearTimeout(timer)
    },
    timeoutMs: FINAL_BACKUP_TIMEOUT_MS,
  })
  finalBackup = guard
  // Closing the window (and quitting, which closes it) waits for the page's last backup.
  window.on('close', (event) => {
    if (guard.onClose()) event.preventDefault()
  })
  mainWindow.on('closed', () => {
    mainWindow = null
    if (finalBackup === guard) finalBackup = null
  })
}

/** A second start hands over to the running instance: its window comes to the front. */
function focusMainWindow(): void {
  if (!mainWindow) {
    if (app.isReady()) openMainWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function onReady(): void {
  if (location.kind === 'app') {
    // Electron's fs reads inside app.asar, so the renderer folder can stay packed.
    protocol.handle(APP_SCHEME, createAppProtocolHandler(location.rendererDir, readFile))
  }
  hardenSession(session.defaultSession, location)
  language = languageFromLocale(app.getLocale())
  applyMenu()
  handleAll(
    createHandlers({
      filePorts: electronFilePorts,
      appInfoPorts: electronAppInfoPorts(),
      snapshotPorts: electronSnapshotPorts(),
      backupFolderPorts: electronBackupFolderPorts(),
      onFinalBackupConfirmed: () => finalBackup?.onConfirmed(),
      onLanguageChange: (next) => {
        if (next === language) return
        language = next
        applyMenu()
      },
      onMenuContextChange: (next) => {
        if (sameMenuContext(next, menuContext)) return
        menuContext = next
        applyMenu()
      },
      // The dev server's origin never was file://: there is nothing to move in development.
      originMovePorts: isDev
        ? {
            readMarker: async () => 'development',
            writeMarker: async () => {},
            now: () => new Date(),
          }
        : electronOriginMovePorts(),
    }),
    location,
  )
  openMainWindow()
}

function failStart(error: unknown): void {
  const t = translator(language)
  // The dialog speaks the user's language; the raw error is for whoever reads the log.
  console.error(error)
  dialog.showErrorBox(t('main.startFailedTitle'), t('main.startFailed'))
  app.exit(1)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location))
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('window-all-closed', () => {
    // macOS apps stay active without windows until the user quits.
    if (!isMac) app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => failStart(error))
}
