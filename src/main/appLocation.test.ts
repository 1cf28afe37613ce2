import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppUrl, preloadPathFor, resolveAppLocation } from './appLocation'
import type { AppLocation } from './appLocation'

const mainDir = join('/opt', 'planner', 'out', 'main')
const rendererDir = join('/opt', 'planner', 'out', 'renderer')

describe('resolveAppLocation', () => {
  it('serves the built files next to the main bundle as app://planner', () => {
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: undefined, mainDir })).toEqual({
      kind: 'app',
      rendererDir,
      url: 'app://planner/index.html',
    })
    expect(preloadPathFor(mainDir)).toBe(join('/opt', 'planner', 'out', 'preload', 'index.cjs'))
  })

  it('uses a loopback dev server in development', () => {
    const location = resolveAppLocation({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173',
      mainDir,
    })
    expect(location).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      host: 'localhost:5173',
    })
  })

  it('ignores the dev server variable in a packaged app and for remote or odd URLs', () => {
    for (const [isPackaged, devServerUrl] of [
      [true, 'http://localhost:5173'],
      [false, 'https://evil.test'],
      [false, 'http://localhost.evil.test:5173'],
      [false, 'file:///tmp/index.html'],
      [false, 'not a url'],
    ] as const) {
      expect(resolveAppLocation({ isPackaged, devServerUrl, mainDir }).kind).toBe('app')
    }
  })
})

describe('isAppUrl', () => {
  const files: AppLocation = { kind: 'app', rendererDir, url: 'app://planner/index.html' }
  const oldHome = pathToFileURL(join(rendererDir, 'index.html')).href

  it('accepts the app origin, its files and hash routes', () => {
    expect(isAppUrl('app://planner/index.html', files)).toBe(true)
    expect(isAppUrl('app://planner/index.html#/visits/123', files)).toBe(true)
    expect(isAppUrl('app://planner/assets/a.js', files)).toBe(true)
  })

  it('refuses the old file:// home, other hosts, ports, credentials and other schemes', () => {
    expect(isAppUrl(oldHome, files)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', files)).toBe(false)
    expect(isAppUrl('app://evil/index.html', files)).toBe(false)
    expect(isAppUrl('app://planner.evil/index.html', files)).toBe(false)
    expect(isAppUrl('app://planner:8080/index.html', files)).toBe(false)
    expect(isAppUrl('app://user@planner/index.html', files)).toBe(false)
    expect(isAppUrl('https://planner/index.html', files)).toBe(false)
    expect(isAppUrl('::::', files)).toBe(false)
  })

  it('matches the dev server by exact origin', () => {
    const dev = resolveAppLocation({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173',
      mainDir,
    })
    expect(isAppUrl('http://localhost:5173/#/contacts', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('app://planner/index.html', dev)).toBe(false)
  })
})
