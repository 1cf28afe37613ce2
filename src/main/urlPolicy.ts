import type { AppLocation } from './appLocation'
import { isAppUrl, safeUrl } from './appLocation'

export type ExternalUrlRefusal =
  'malformed' | 'whitespace' | 'too-long' | 'scheme' | 'no-host' | 'credentials'

export type ExternalUrlCheck = { ok: true; url: URL } | { ok: false; reason: ExternalUrlRefusal }

export const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * May this link open in the system browser? The rule: only `http:` and `https:` URLs that have a
 * hostname and carry no credentials. Hosts are not allow-listed, so the parsed URL is returned and
 * callers (and tests) see the host the browser will really visit: `https://example.com.evil.test`
 * is evil.test's subdomain, `https://example.com@evil.test` is refused for its credentials.
 *
 * The parser would silently drop tabs and newlines (`java\tscript:` becomes `javascript:`) and trim
 * spaces, so any whitespace or control character refuses the URL before parsing. Scheme case does
 * not matter (`HTTPS:` parses as `https:`); the normalised `url.href` is what gets opened.
 */
export function checkExternalUrl(raw: string): ExternalUrlCheck {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, reason: 'too-long' }
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f-\u009f]/u.test(raw)) return { ok: false, reason: 'whitespace' }
  const url = safeUrl(raw)
  if (!url) return { ok: false, reason: 'malformed' }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' }
  if (url.hostname === '') return { ok: false, reason: 'no-host' }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' }
  return { ok: true, url }
}

/**
 * Schemes that never leave the machine: DevTools, and in-memory data and blobs. `file:` is not
 * among them: the page is served from app://, and nothing it loads is a local file.
 */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:'])
/** The dev server serves pages over http and hot reload over a WebSocket. */
const DEV_SERVER_SCHEMES = new Set(['http:', 'ws:'])

/**
 * The session-level network block: true for requests the app may make. The app works offline, so
 * everything else — http(s) to any other host, ws, ftp, local files, unknown schemes — is
 * cancelled. The app's own files come from app://planner; in development from the dev server
 * (same host and port) instead.
 */
export function isAllowedRequest(url: string, location: AppLocation): boolean {
  const parsed = safeUrl(url)
  if (!parsed) return false
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true
  switch (location.kind) {
    case 'app':
      return isAppUrl(url, location)
    case 'dev-server':
      return DEV_SERVER_SCHEMES.has(parsed.protocol) && parsed.host === location.host
    default: {
      const never: never = location
      return never
    }
  }
}
