import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppUrl, preloadPathFor, resolveAppLocation } from './appLocation'
import type { AppLocation } from './appLocation'

const mainDir = join('/opt', 'planner', 'out', 'main')
const rendererDir = join('/opt', 'planner', 'out', 'renderer')

describe('resolveAppLocation', () => {
  it('loads the built files next to the main bundle', () => {
    expect(resolveAppLocation({ isPackaged: false, devServerUrl: undefined, mainDir })).toEqual({
      kind: 'file',
      rendererDir,
      indexFile: join(rendererDir, 'index.html'),
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
      expect(resolveAppLocation({ isPackaged, devServerUrl, mainDir }).kind).toBe('file')
    }
  })
})

describe('isAppUrl', () => {
  const files: AppLocation = {
    kind: 'file',
    rendererDir,
    indexFile: join(rendererDir, 'index.html'),
  }
  const index = pathToFileURL(join(rendererDir, 'index.html')).href

  it('accepts the renderer page and files below it, with hash routes', () => {
    expect(isAppUrl(index, files)).toBe(true)
    expect(isAppUrl(`${index}#/visits/123`, files)).toBe(true)
    expect(isAppUrl(pathToFileURL(join(rendererDir, 'assets', 'a.js')).href, files)).toBe(true)
  })

  it('refuses files outside the renderer directory, however they are spelled', () => {
    expect(isAppUrl('file:///etc/passwd', files)).toBe(false)
    expect(isAppUrl(`file://${rendererDir}/../../secret.html`, files)).toBe(false)
    expect(isAppUrl(`file://${rendererDir}/%2e%2e/%2e%2e/secret.html`, files)).toBe(false)
    expect(isAppUrl(`file://${rendererDir}-evil/index.html`, files)).toBe(false)
    expect(isAppUrl(`file://server${rendererDir}/index.html`, files)).toBe(false)
    expect(isAppUrl('https://example.com/index.html', files)).toBe(false)
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
    expect(isAppUrl(index, dev)).toBe(false)
  })
})
