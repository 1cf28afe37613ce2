/** vCard text values: escapes (RFC 6350 §3.4) and the ; and , separators of structured values. */

/** Splits on `separator` where it is not escaped with a backslash. */
function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1]
      i++
    } else if (c === separator) {
      parts.push(current)
      current = ''
    } else {
      current += c
    }
  }
  parts.push(current)
  return parts
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN:])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

/** The value as one text: "Line 1\nLine 2". */
export function textValue(value: string): string {
  return unescapeText(value).replace(/\r\n?/g, '\n').trim()
}

/** The components of a structured value (N, ADR, ORG), each unescaped. */
export function components(value: string): string[] {
  return splitUnescaped(value, ';').map((part) => unescapeText(part).trim())
}

/**
 * The components of a structured value, each one's comma-separated values joined by a space: N's
 * prefixes "Dr.,Prof." read "Dr. Prof.", while an escaped comma ("Dr.\\, h.c.") stays a comma.
 */
export function spacedComponents(value: string): string[] {
  return splitUnescaped(value, ';').map((part) =>
    splitUnescaped(part, ',')
      .map((item) => unescapeText(item).trim())
      .filter(Boolean)
      .join(' '),
  )
}

/** A comma-separated list (CATEGORIES, NICKNAME), each item unescaped, empty items dropped. */
export function listValue(value: string): string[] {
  return splitUnescaped(value, ',')
    .map((part) => unescapeText(part).trim())
    .filter(Boolean)
}

/**
 * Backslash, comma and newline are escaped everywhere; a semicolon only where it separates
 * components (N, ADR, ORG) and in 3.0, because 4.0's grammar has no escaped semicolon in plain text and
 * ical.js, like other 4.0 readers, would keep the backslash.
 */
export function escapeText(value: string, semicolon = true): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
  return semicolon ? escaped.replace(/;/g, '\\;') : escaped
}

/**
 * A content line folded at 75 octets (RFC 6350 §3.2): continuation lines start with a space, and
 * a UTF-8 sequence (a whole code point) is never split between lines.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = lines.length === 0 ? 75 : 74
    if (octets + size > limit) {
      lines.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n ')
}
