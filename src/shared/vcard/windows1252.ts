/** windows-1252's 0x80–0x9F, where it differs from iso-8859-1 (0x81, 0x8D, 0x8F, 0x90, 0x9D unused). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** The labels that WHATWG's Encoding standard maps to windows-1252. */
const LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'ansi_x3.4-1968',
])

export function isWindows1252Label(label: string): boolean {
  return LABELS.has(label.trim().toLowerCase())
}

/**
 * windows-1252 decoded by table: Node's TextDecoder (20–22) reads 0x80–0x9F as C1 controls, so
 * "€" and the typographic quotes of an Outlook export would be lost on the command line.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 4096) {
    const slice = bytes.subarray(i, i + 4096)
    out += Array.from(slice, (b) =>
      b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b),
    ).join('')
  }
  return out
}
