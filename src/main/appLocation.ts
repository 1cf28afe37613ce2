import { join } from 'node:path'
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './appProtocol'

/**
 * Where the renderer comes from. Everything that must recognise "our own page" (IPC sender check,
 * navigation guard, network block) decides against this one value.
 */
export type AppLocation =
  /** The built renderer, served from `rendererDir` as `app://planner/` (see appProtocol.ts). */
  | { kind: 'app'; rendererDir: string; url: string }
  | { kind: 'dev-server'; url: string; origin: string; host: string }

export type AppLocationInput = {
  isPackaged: boolean
  /** `process.env.ELECTRON_RENDERER_URL`, set by `electron-vite dev`. */
  devServerUrl: string | undefined
  /** Directory of the built main bundle (out/main). */
  mainDir: string
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * A packaged app always loads its files: an environment variable must never be able to point the
 * window at a web page. In development only a loopback http dev server is accepted.
 */
export function resolveAppLocation(input: AppLocationInput): AppLocation {
  const dev = input.isPackaged ? undefined : parseDevServerUrl(input.devServerUrl)
  if (dev) return { kind: 'dev-server', url: dev.href, origin: dev.origin, host: dev.host }
  return { kind: 'app', rendererDir: join(input.mainDir, '..', 'renderer'), url: APP_INDEX_URL }
}

function parseDevServerUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    const ok = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
    return ok ? url : undefined
  } catch {
    return undefined
  }
}

export function preloadPathFor(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs')
}

/**
 * True when `url` is a page of this app: the `app://planner` origin, or the dev server's origin.
 * Node's URL gives custom schemes an opaque origin, so scheme and host are compared; a port or
 * credentials make it another origin.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = safeUrl(url)
  if (!parsed) return false
  switch (location.kind) {
    case 'app':
      return (
        parsed.protocol === `${APP_SCHEME}:` &&
        parsed.host === APP_HOST &&
        parsed.username === '' &&
        parsed.password === ''
      )
    case 'dev-server':
      return parsed.origin === location.origin
    default: {
      const never: never = location
      return never
    }
  }
}

export function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw)
  } catch {
    return undefined
  }
}
