import { BrowserWindow } from 'electron'
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import type { AppLocation } from './appLocation'

export type WindowOptionsInput = {
  preloadPath: string
  isDev: boolean
}

/**
 * The one place the renderer's powers are decided. The page gets no Node, runs in the OS sandbox,
 * talks to main only through the preload's named functions, and keeps the same-origin policy.
 */
export function secureWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries; the app makes no network requests.
    spellcheck: false,
    devTools: input.isDev,
  }
}

export type MainWindowInput = WindowOptionsInput & {
  location: AppLocation
  title: string
  /** The window's icon file (see `windowIconFor`). */
  iconPath: string
}

/** The app icon files in resources/, as the build resolves them (`?asset` imports in index.ts). */
export type AppIconFiles = { png: string; ico: string }

/**
 * Windows draws title bar and taskbar icons best from the multi-size ICO; Linux takes the PNG.
 * macOS ignores a window icon (the app bundle's icns is used), so the PNG does no harm there.
 */
export function windowIconFor(platform: NodeJS.Platform, icons: AppIconFiles): string {
  return platform === 'win32' ? icons.ico : icons.png
}

/** Everything the main window is built from, as plain data. */
export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    title: input.title,
    icon: input.iconPath,
    show: false,
    webPreferences: secureWebPreferences(input),
  }
}

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(input))
  window.once('ready-to-show', () => window.show())
  // A missing build or a stopped dev server leaves a blank window; the log says why.
  // The built app is app://planner/index.html (appProtocol.ts), in development the dev server.
  window.loadURL(input.location.url).catch((error: unknown) => {
    console.error('Delegation Planner: the app page failed to load:', error)
  })
  return window
}
