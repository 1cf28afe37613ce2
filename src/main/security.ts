import { shell } from 'electron'
import type { Session, WebContents } from 'electron'
import type { AppLocation } from './appLocation'
import { isAppUrl } from './appLocation'
import { checkExternalUrl, isAllowedRequest } from './urlPolicy'

/**
 * Hands a link to the system browser when the URL check allows it. Nothing else leaves the app:
 * refused URLs are dropped, and the window never navigates away from the app itself.
 */
export function openExternally(raw: string): boolean {
  const check = checkExternalUrl(raw)
  if (!check.ok) return false
  void shell.openExternal(check.url.href).catch(() => undefined)
  return true
}

/**
 * Applied to every WebContents the app creates. New windows are always denied; a link with
 * `target="_blank"` (or `window.open`) opens in the system browser if it is an http(s) URL.
 * In-place navigation away from the app is cancelled; a clicked http(s) link still opens outside.
 */
export function guardWebContents(contents: WebContents, location: AppLocation): void {
  contents.setWindowOpenHandler((details) => {
    openExternally(details.url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, location)) return
    event.preventDefault()
    openExternally(event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isAppUrl(event.url, location)) return
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Session-wide guards: every permission (camera, notifications, geolocation, clipboard read, …)
 * is refused without asking, and every request that would reach the network is cancelled.
 */
export function hardenSession(session: Session, location: AppLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, location) })
  })
}
