import { beforeEach, describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
}))

vi.mock('electron', () => {
  class BrowserWindow {
    loaded: string[] = []
    constructor(readonly options: Record<string, unknown>) {
      created.windows.push(this)
    }
    once(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(`url:${url}`)
      return Promise.resolve()
    }
  }
  return { BrowserWindow }
})

const { createMainWindow, mainWindowOptions, secureWebPreferences, windowIconFor } =
  await import('./window')

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and keeps Node out of it', () => {
    const prefs = secureWebPreferences({ preloadPath: '/app/out/preload/index.cjs', isDev: false })
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    })
  })

  it('opens DevTools only in development', () => {
    expect(secureWebPreferences({ preloadPath: 'p', isDev: true }).devTools).toBe(true)
    expect(secureWebPreferences({ preloadPath: 'p', isDev: false }).devTools).toBe(false)
  })
})

describe('createMainWindow', () => {
  beforeEach(() => {
    created.windows.length = 0
  })

  it('builds the window from secureWebPreferences and loads the built page', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      isDev: false,
      title: 'Delegationsplaner',
      iconPath: '/app/resources/icon.png',
      location: {
        kind: 'app',
        rendererDir: '/app/out/renderer',
        url: 'app://planner/index.html',
      },
    })
    const [window] = created.windows
    expect(window?.options['webPreferences']).toEqual(
      secureWebPreferences({ preloadPath: '/app/out/preload/index.cjs', isDev: false }),
    )
    expect(window?.options['show']).toBe(false)
    expect(window?.options['icon']).toBe('/app/resources/icon.png')
    expect(window?.loaded).toEqual(['url:app://planner/index.html'])
  })

  it('loads the dev server URL in development', () => {
    createMainWindow({
      preloadPath: 'p',
      isDev: true,
      title: 'Delegation Planner',
      iconPath: 'icon.png',
      location: {
        kind: 'dev-server',
        url: 'http://localhost:5173/',
        origin: 'http://localhost:5173',
        host: 'localhost:5173',
      },
    })
    expect(created.windows[0]?.loaded).toEqual(['url:http://localhost:5173/'])
  })
})

describe('the window icon', () => {
  const icons = { png: '/app/resources/icon.png', ico: '/app/resources/icon.ico' }

  it('is the multi-size ICO on Windows and the PNG elsewhere', () => {
    expect(windowIconFor('win32', icons)).toBe(icons.ico)
    expect(windowIconFor('linux', icons)).toBe(icons.png)
    expect(windowIconFor('darwin', icons)).toBe(icons.png)
  })

  it('is part of the window options, next to the secure preferences', () => {
    const options = mainWindowOptions({
      preloadPath: 'p',
      isDev: false,
      title: 'Delegationsplaner',
      iconPath: icons.ico,
      location: { kind: 'app', rendererDir: '/r', url: 'app://planner/index.html' },
    })
    expect(options).toMatchObject({ icon: icons.ico, title: 'Delegationsplaner', show: false })
    expect(options.webPreferences).toEqual(secureWebPreferences({ preloadPath: 'p', isDev: false }))
  })
})
