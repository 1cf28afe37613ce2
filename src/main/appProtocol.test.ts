import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  appSchemePrivileges,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppFile,
} from './appProtocol'

const rendererDir = join('/opt', 'planner', 'resources', 'app.asar', 'out', 'renderer')

describe('the app:// scheme', () => {
  it('is standard and secure but does not bypass the CSP or run service workers', () => {
    const [scheme] = appSchemePrivileges()
    expect(scheme?.scheme).toBe('app')
    expect(scheme?.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
      allowServiceWorkers: false,
    })
    expect(APP_INDEX_URL).toBe(`${APP_ORIGIN}/index.html`)
  })
})

describe('resolveAppFile', () => {
  it('maps app://planner/ paths to files of the renderer folder', () => {
    expect(resolveAppFile(APP_INDEX_URL, rendererDir)).toEqual({
      ok: true,
      path: join(rendererDir, 'index.html'),
    })
    expect(resolveAppFile('app://planner/', rendererDir)).toEqual({
      ok: true,
      path: join(rendererDir, 'index.html'),
    })
    expect(resolveAppFile('app://planner/assets/index-a1.js?v=1#/visits', rendererDir)).toEqual({
      ok: true,
      path: join(rendererDir, 'assets', 'index-a1.js'),
    })
    expect(resolveAppFile('app://planner/assets/Schrift%20A.woff2', rendererDir)).toEqual({
      ok: true,
      path: join(rendererDir, 'assets', 'Schrift A.woff2'),
    })
  })

  it('keeps dot segments the URL parser resolves at the root of the folder', () => {
    for (const url of [
      'app://planner/../../secret.txt',
      'app://planner/%2e%2e/%2e%2e/secret.txt',
    ]) {
      expect(resolveAppFile(url, rendererDir), url).toEqual({
        ok: true,
        path: join(rendererDir, 'secret.txt'),
      })
    }
  })

  it('refuses every way out of the folder that survives parsing', () => {
    const refused = [
      'app://planner/assets/..%2F..%2F..%2Fsecret.txt',
      'app://planner/..%5C..%5Csecret.txt',
      'app://planner/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://planner/index.html%00.png',
      'app://planner/%E0%A4%A',
    ]
    for (const url of refused) {
      const resolution = resolveAppFile(url, rendererDir)
      expect(resolution.ok, url).toBe(false)
    }
  })

  it('refuses other hosts, schemes, ports and credentials', () => {
    for (const url of [
      'app://evil/index.html',
      'app://planner.evil/index.html',
      'app://planner:8080/index.html',
      'app://user:pw@planner/index.html',
      'file:///opt/planner/resources/app.asar/out/renderer/index.html',
      'https://planner/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(url, rendererDir).ok, url).toBe(false)
    }
  })
})

describe('mimeTypeFor', () => {
  it('names the types of the built renderer, whatever the case of the extension', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('/r/assets/a.js')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeFor('/r/assets/a.CSS')).toBe('text/css; charset=utf-8')
    expect(mimeTypeFor('/r/assets/f.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('/r/assets/logo.svg')).toBe('image/svg+xml')
    expect(mimeTypeFor('/r/assets/x.wasm')).toBe('application/wasm')
    expect(mimeTypeFor('/r/README')).toBe('application/octet-stream')
  })
})

describe('the protocol handler', () => {
  const files = new Map([[join(rendererDir, 'assets', 'a.js'), 'export const a = 1']])
  const readFile = vi.fn(async (path: string): Promise<Uint8Array> => {
    const text = files.get(path)
    if (text === undefined) throw new Error(`ENOENT: ${path}`)
    return new TextEncoder().encode(text)
  })
  const handle = createAppProtocolHandler(rendererDir, readFile)

  it('serves a file with its type and nosniff', async () => {
    const response = await handle(new Request('app://planner/assets/a.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('export const a = 1')
  })

  it('answers 404 for a missing file, 403 for traversal, 405 for writes, never reading', async () => {
    readFile.mockClear()
    expect((await handle(new Request('app://planner/missing.js'))).status).toBe(404)
    expect(readFile).toHaveBeenCalledTimes(1)
    readFile.mockClear()
    const traversal = await handle(new Request('app://planner/assets/..%2F..%2F..%2Fsecret'))
    expect(traversal.status).toBe(403)
    const post = await handle(new Request('app://planner/assets/a.js', { method: 'POST' }))
    expect(post.status).toBe(405)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://planner/assets/a.js', { method: 'HEAD' }))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })
})
