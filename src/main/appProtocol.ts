import { extname, resolve, sep } from 'node:path'
import type { CustomScheme } from 'electron'

/**
 * The renderer is served from `app://planner/`, not `file://`: the page gets an origin of its own,
 * so its IndexedDB, OPFS and localStorage are not shared with every other local file a browser
 * engine might open, and Electron's extra file:// privileges (a fuse) can stay off.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'planner'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * Registered before `ready`. `standard` gives the scheme real origins and relative URLs, `secure`
 * a secure context (OPFS, crypto.subtle), `supportFetchAPI` and `corsEnabled` let module scripts
 * and workers load. `bypassCSP` stays off: the page's Content-Security-Policy applies as written.
 */
export function appSchemePrivileges(): CustomScheme[] {
  return [
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
        bypassCSP: false,
        allowServiceWorkers: false,
      },
    },
  ]
}

export type AppFileResolution =
  { ok: true; path: string } | { ok: false; status: 400 | 403 | 404; reason: string }

/**
 * The file of the renderer folder an `app://planner/…` URL names, or why it is refused. The URL
 * parser has resolved `..` already; the decoded path is checked again, because a percent-encoded
 * separator (`%2F`, `%5C`) survives parsing and would climb out once decoded.
 */
export function resolveAppFile(url: string, rendererDir: string): AppFileResolution {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { ok: false, status: 404, reason: 'not the app host' }
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, status: 400, reason: 'credentials in the URL' }
  }
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' }
  }
  if (path.includes('\0') || path.includes('\\')) {
    return { ok: false, status: 400, reason: 'forbidden character in the path' }
  }
  if (path.split('/').some((segment) => segment === '..')) {
    return { ok: false, status: 403, reason: 'path traversal' }
  }
  const root = resolve(rendererDir)
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  if (!file.startsWith(`${root}${sep}`))
    return { ok: false, status: 403, reason: 'outside the app' }
  return { ok: true, path: file }
}

/** Exactly the types the built renderer contains; anything else is served as opaque bytes. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>

/**
 * The `protocol.handle` handler: only GET and HEAD, only files of the renderer folder, each with
 * its type and `nosniff` so a file is never run as something it is not. A missing file is a 404.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  readFile: ReadAppFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } })
    }
    const resolution = resolveAppFile(request.url, rendererDir)
    if (!resolution.ok) return new Response(null, { status: resolution.status })
    let body: Uint8Array
    try {
      body = await readFile(resolution.path)
    } catch {
      return new Response(null, { status: 404 })
    }
    const headers = {
      'Content-Type': mimeTypeFor(resolution.path),
      'X-Content-Type-Options': 'nosniff',
    }
    // A fresh ArrayBuffer: Response wants a BufferSource, not a Node Buffer's shared pool.
    const bytes = request.method === 'HEAD' ? null : new Uint8Array(body).buffer
    return new Response(bytes, { status: 200, headers })
  }
}
