/**
 * The text layer of RFC 5545: escaped values, content lines folded at 75 octets, CRLF endings.
 * Everything above it (events, zones) builds lines through these functions only, so no value can
 * reach the file unescaped.
 */

export const CRLF = '\r\n'

/** RFC 5545 §3.1: a content line is at most 75 octets, not counting the line break. */
const MAX_OCTETS = 75

const encoder = new TextEncoder()

// Control characters other than tab are not allowed in TEXT (§3.3.11); line breaks are handled
// before this runs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g

/** A TEXT value: backslash, semicolon, comma and line breaks escaped, other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (match) => `\\${match}`)
    .replace(/\n/g, '\\n')
}

/** A parameter value, quoted when it holds a character that would end it (§3.2). */
export function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, '').replace(CONTROL, '')
  return /[:;,]/.test(clean) ? `"${clean}"` : clean
}

/**
 * Folds one unfolded line: each physical line at most 75 octets, continuation lines starting
 * with a space (§3.1). A character is never cut in the middle of its UTF-8 bytes, so a parser that
 * reads each physical line on its own still sees whole characters.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_OCTETS
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      // The leading space of a continuation line counts towards its 75 octets.
      limit = MAX_OCTETS - 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

export type Params = Readonly<Record<string, string>>

/** "NAME;PARAM=value:value", value already in its type's form (escape TEXT with escapeText). */
export function contentLine(name: string, value: string, params: Params = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${paramValue(v)}`)
    .join('')
  return foldLine(`${name}${paramText}:${value}`)
}

/** A TEXT property: the value escaped. */
export function textLine(name: string, value: string, params: Params = {}): string {
  return contentLine(name, escapeText(value), params)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** An instant as a UTC DATE-TIME: "20261025T003000Z". */
export function utcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  )
}

/** A wall-clock date ("2026-10-25") and time ("02:30") as a local DATE-TIME: "20261025T023000". */
export function localDateTime(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '').padEnd(6, '0')}`
}

/** A UTC offset in minutes as TZOFFSETFROM/TO want it: 60 → "+0100", -570 → "-0930". */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
}
