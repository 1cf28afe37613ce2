import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppLocation } from './appLocation'

const openExternal = vi.hoisted(() => vi.fn(() => Promise.resolve()))
vi.mock('electron', () => ({ shell: { openExternal } }))

const { guardWebContents, hardenSession, openExternally } = await import('./security')

const location: AppLocation = {
  kind: 'app',
  rendererDir: '/app/out/renderer',
  url: 'app://planner/index.html',
}

type OpenHandler = (details: { url: string }) => { action: string }

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler
  }
}

function guarded(): FakeContents {
  const contents = new FakeContents()
  guardWebContents(contents as never, location)
  return contents
}

function navigate(contents: FakeContents, name: string, url: string, isMainFrame = true): boolean {
  const event = { url, isMainFrame, preventDefault: vi.fn() }
  contents.emit(name, event)
  return event.preventDefault.mock.calls.length > 0
}

beforeEach(() => openExternal.mockClear())

describe('guardWebContents', () => {
  it('denies every new window and opens http(s) links in the system browser', () => {
    const contents = guarded()
    expect(contents.openHandler?.({ url: 'https://www.berlin.de/' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://www.berlin.de/')
  })

  it('denies windows for refused URLs without opening anything', () => {
    const contents = guarded()
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user@evil.test']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('cancels navigation away from the app and lets app pages load', () => {
    const contents = guarded()
    expect(navigate(contents, 'will-navigate', 'app://planner/index.html')).toBe(false)
    expect(navigate(contents, 'will-navigate', 'app://planner/index.html#/visits')).toBe(false)
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    // The page's old home is another origin now, as is any other host of the scheme.
    expect(navigate(contents, 'will-navigate', 'file:///app/out/renderer/index.html')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'app://evil/index.html')).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.com/')
  })

  it('cancels subframe navigation to foreign pages and webview attachment', () => {
    const contents = guarded()
    expect(navigate(contents, 'will-frame-navigate', 'https://evil.test/', false)).toBe(true)
    expect(navigate(contents, 'will-frame-navigate', 'https://evil.test/', true)).toBe(false)
    expect(navigate(contents, 'will-attach-webview', 'https://evil.test/')).toBe(true)
  })
})

describe('openExternally', () => {
  it('reports whether it handed the URL on', () => {
    expect(openExternally('HTTPS://EXAMPLE.com')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.com/')
    expect(openExternally('data:text/html,hi')).toBe(false)
  })
})

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers['request'] = h),
      setPermissionCheckHandler: (h: never) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: never) => (handlers['device'] = h),
      webRequest: { onBeforeRequest: (h: never) => (handlers['request-url'] = h) },
    }
    hardenSession(session as never, location)
    return handlers as Record<string, (...args: unknown[]) => unknown>
  }

  it('denies every permission request and check', () => {
    const handlers = fakeSession()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn()
      handlers['request']?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(handlers['check']?.({}, permission, 'file://', {})).toBe(false)
    }
    expect(handlers['device']?.({ deviceType: 'usb' })).toBe(false)
  })

  it("cancels network requests and local files, and lets the app's own files through", () => {
    const handlers = fakeSession()
    const decide = (url: string): unknown => {
      const callback = vi.fn()
      handlers['request-url']?.({ url }, callback)
      return callback.mock.calls[0]?.[0]
    }
    expect(decide('https://example.com/track.gif')).toEqual({ cancel: true })
    expect(decide('app://planner/assets/index.js')).toEqual({ cancel: false })
    expect(decide('file:///app/out/renderer/assets/index.js')).toEqual({ cancel: true })
  })
})
