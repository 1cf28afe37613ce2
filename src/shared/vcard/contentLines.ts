import { decodeWindows1252, isWindows1252Label } from './windows1252'

/**
 * vCard content lines (2.1, 3.0, 4.0) from the file's bytes. The file is read as a "byte string"
 * (one char per byte) so that each value can be decoded with its own CHARSET after
 * quoted-printable decoding: Outlook writes windows-1252 bytes inside otherwise ASCII files.
 */

export type VProperty = {
  /** Apple's grouping prefix ("item1" of item1.EMAIL), upper case; null when ungrouped. */
  group: string | null
  /** Upper case. */
  name: string
  /** Parameter names upper case; 2.1's bare parameters (TEL;WORK;VOICE) are put under TYPE. */
  params: ReadonlyMap<string, readonly string[]>
  /** The value as decoded text, vCard escapes still in place (see ./values). */
  value: string
  /** The raw value with only whitespace removed, for ENCODING=b / BASE64 photos. */
  base64: string | null
}

export type VCardRaw = { version: string; properties: VProperty[]; line: number }

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT'])

function bytesToByteString(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192))
  }
  return out
}

function byteStringToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
  return bytes
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function decodeWith(bytes: Uint8Array, charset: string, fallback: string): string {
  if (isWindows1252Label(charset)) return decodeWindows1252(bytes)
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    // An unknown CHARSET label: the file's own encoding is the best remaining guess.
    return decodeWith(bytes, fallback, 'utf-8')
  }
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Index of the first character outside double quotes equal to `char`, or -1. */
function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (c === char && !quoted) return i
  }
  return -1
}

function splitOutsideQuotes(text: string, char: string): string[] {
  const parts: string[] = []
  let rest = text
  for (let at = indexOutsideQuotes(rest, char); at >= 0; at = indexOutsideQuotes(rest, char)) {
    parts.push(rest.slice(0, at))
    rest = rest.slice(at + 1)
  }
  parts.push(rest)
  return parts
}

function parseParams(parts: readonly string[]): Map<string, string[]> {
  const params = new Map<string, string[]>()
  const add = (name: string, values: string[]): void => {
    params.set(name, [...(params.get(name) ?? []), ...values])
  }
  for (const part of parts) {
    if (part.trim() === '') continue
    const eq = part.indexOf('=')
    if (eq < 0) {
      const bare = part.trim().toUpperCase()
      add(BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', [bare])
      continue
    }
    const name = part.slice(0, eq).trim().toUpperCase()
    const values = splitOutsideQuotes(part.slice(eq + 1), ',').map((v) =>
      v.trim().replace(/^"(.*)"$/s, '$1'),
    )
    add(name, name === 'TYPE' ? values.flatMap((v) => v.split(',')) : values)
  }
  return params
}

function isQuotedPrintable(header: string): boolean {
  return /(^|;)\s*(ENCODING=)?QUOTED-PRINTABLE\s*(;|$)/i.test(header)
}

/**
 * Logical lines: folded lines joined (a line starting with a space or tab continues the one
 * before), and quoted-printable soft line breaks ("=" at the end) joined with the next line.
 */
function logicalLines(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\n|\r/)
  const lines: { text: string; line: number }[] = []
  let softBreak = false
  physical.forEach((raw, index) => {
    const last = lines[lines.length - 1]
    if (last && softBreak) {
      last.text += raw.replace(/^[ \t]/, '')
    } else if (last && /^[ \t]/.test(raw)) {
      last.text += raw.slice(1)
    } else if (raw.trim() !== '') {
      lines.push({ text: raw, line: index + 1 })
    } else {
      return
    }
    const current = lines[lines.length - 1]
    if (!current) return
    const colon = indexOutsideQuotes(current.text, ':')
    softBreak =
      colon >= 0 && isQuotedPrintable(current.text.slice(0, colon)) && current.text.endsWith('=')
    if (softBreak) current.text = current.text.slice(0, -1)
  })
  return lines
}

/** Every card in the file, in order; lines outside BEGIN:VCARD … END:VCARD are ignored. */
export function readContentLines(bytes: Uint8Array): VCardRaw[] {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = bytes.subarray(start)
  const fileCharset = isUtf8(body) ? 'utf-8' : 'windows-1252'
  const cards: VCardRaw[] = []
  let current: VCardRaw | null = null
  let depth = 0
  for (const { text, line } of logicalLines(bytesToByteString(body))) {
    const colon = indexOutsideQuotes(text, ':')
    const previous = current?.properties[current.properties.length - 1]
    // Some 2.1 writers continue base64 on lines without the leading space.
    if (colon < 0 && previous?.base64 != null) previous.base64 += text.replace(/\s+/g, '')
    if (colon < 0) continue
    const [nameWithGroup = '', ...paramParts] = splitOutsideQuotes(text.slice(0, colon), ';')
    const dot = nameWithGroup.lastIndexOf('.')
    const group = dot >= 0 ? nameWithGroup.slice(0, dot).trim().toUpperCase() : null
    const name = nameWithGroup
      .slice(dot + 1)
      .trim()
      .toUpperCase()
    const rawValue = text.slice(colon + 1)
    const upperValue = rawValue.trim().toUpperCase()
    if (name === 'BEGIN' && upperValue === 'VCARD') {
      // A nested card (2.1's AGENT) belongs to its property, not to the list of people.
      if (depth++ === 0) current = { version: '', properties: [], line }
      continue
    }
    if (name === 'END' && upperValue === 'VCARD') {
      if (--depth === 0 && current) cards.push(current)
      if (depth <= 0) {
        depth = 0
        current = null
      }
      continue
    }
    if (!current || depth > 1) continue
    const params = parseParams(paramParts)
    const encoding = (params.get('ENCODING') ?? []).map((e) => e.toUpperCase())
    const declared = params.get('CHARSET')?.[0]
    const isBase64 = encoding.includes('B') || encoding.includes('BASE64')
    const decoded = encoding.includes('QUOTED-PRINTABLE')
      ? decodeQuotedPrintable(rawValue)
      : rawValue
    const valueBytes = byteStringToBytes(decoded)
    // Without CHARSET, each value on its own: files joined from several exports mix encodings.
    const charset = declared ?? (isUtf8(valueBytes) ? 'utf-8' : fileCharset)
    const value = isBase64 ? '' : decodeWith(valueBytes, charset, fileCharset)
    if (name === 'VERSION') current.version = value.trim()
    current.properties.push({
      group,
      name,
      params,
      value,
      base64: isBase64 ? rawValue.replace(/\s+/g, '') : null,
    })
  }
  return cards
}
