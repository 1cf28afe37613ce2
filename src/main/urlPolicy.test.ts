import { describe, expect, it } from 'vitest'
import type { AppLocation } from './appLocation'
import { checkExternalUrl, isAllowedRequest, MAX_EXTERNAL_URL_LENGTH } from './urlPolicy'

function hostOf(raw: string): string | undefined {
  const check = checkExternalUrl(raw)
  return check.ok ? check.url.hostname : undefined
}

function refusal(raw: string): string | undefined {
  const check = checkExternalUrl(raw)
  return check.ok ? undefined : check.reason
}

describe('checkExternalUrl', () => {
  it('allows plain http and https links and returns the parsed URL', () => {
    const check = checkExternalUrl('https://www.berlin.de/rbmskzl/politik/internationales/')
    expect(check.ok && check.url.href).toBe(
      'https://www.berlin.de/rbmskzl/politik/internationales/',
    )
    expect(hostOf('http://example.com:8080/a?b=c#d')).toBe('example.com')
  })

  it('treats uppercase schemes as the scheme they are, and opens the normalised form', () => {
    const check = checkExternalUrl('HTTPS://Example.COM/Path')
    expect(check.ok && check.url.href).toBe('https://example.com/Path')
    expect(refusal('JAVASCRIPT:alert(1)')).toBe('scheme')
  })

  it('refuses every scheme but http and https', () => {
    for (const raw of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://example.com/uuid',
      'ftp://example.com/',
      'mailto:someone@example.com',
      'vbscript:msgbox',
      'ms-settings:privacy',
      'smb://server/share',
      'about:blank',
    ]) {
      expect(refusal(raw), raw).toBe('scheme')
    }
  })

  it('refuses malformed URLs and URLs without a host', () => {
    expect(refusal('')).toBe('malformed')
    expect(refusal('example.com')).toBe('malformed')
    expect(refusal('https://')).toBe('malformed')
    expect(refusal('http://exa mple.com')).toBe('whitespace')
    expect(refusal('https://[::1')).toBe('malformed')
  })

  it('refuses whitespace and control characters that the parser would silently drop', () => {
    for (const raw of [
      ' https://example.com',
      'https://example.com ',
      'java\tscript:alert(1)',
      'https://exam\nple.com',
      'https://example.com\r\n',
      'https://example.com/\u0000',
      '\u00a0https://example.com',
      'https://example.com/\u2028',
    ]) {
      expect(refusal(raw), JSON.stringify(raw)).toBe('whitespace')
    }
  })

  it('refuses credentials, which hide the real host behind a familiar name', () => {
    expect(refusal('https://user@evil.test')).toBe('credentials')
    expect(refusal('https://example.com@evil.test/login')).toBe('credentials')
    expect(refusal('https://user:secret@example.com/')).toBe('credentials')
  })

  it('does not allow-list hosts, but reports the host the browser will really visit', () => {
    expect(hostOf('https://example.com.evil.test')).toBe('example.com.evil.test')
    expect(hostOf('https://example.com\\@evil.test')).toBe('example.com')
    expect(hostOf('https:\\\\evil.test\\path')).toBe('evil.test')
    expect(hostOf('http://2130706433/')).toBe('127.0.0.1')
    // A Cyrillic "а" comes back as punycode, so a look-alike cannot pass as the original.
    expect(hostOf('https://ex\u0430mple.com/')).toMatch(/^xn--/)
  })

  it('refuses absurdly long URLs', () => {
    const long = `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`
    expect(refusal(long)).toBe('too-long')
  })
})

describe('isAllowedRequest', () => {
  const files: AppLocation = {
    kind: 'app',
    rendererDir: '/app/out/renderer',
    url: 'app://planner/index.html',
  }
  const dev: AppLocation = {
    kind: 'dev-server',
    url: 'http://localhost:5173/',
    origin: 'http://localhost:5173',
    host: 'localhost:5173',
  }

  it('lets local resources through', () => {
    for (const url of [
      'app://planner/index.html',
      'devtools://devtools/bundled/inspector.html',
      'data:image/png;base64,AAAA',
      'blob:app://planner/5f0c7a8e-0000-4000-8000-000000000000',
    ]) {
      expect(isAllowedRequest(url, files), url).toBe(true)
    }
  })

  it('cancels every network request of the built app', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'https://fonts.googleapis.com/css',
      'ftp://example.com/',
      'chrome-extension://abc/script.js',
      'file:///app/out/renderer/index.html',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://planner:1/index.html',
      'not a url',
    ]) {
      expect(isAllowedRequest(url, files), url).toBe(false)
    }
  })

  it('allows only the dev server in development, including its hot-reload socket', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false)
    expect(isAllowedRequest('app://planner/index.html', dev)).toBe(false)
  })
})
