import { decodeWindows1252 } from '../vcard/windows1252'

/** The encoding a text file was read with, for the preview to say. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/**
 * A text file's bytes as text, whatever wrote it: a byte-order mark decides (UTF-8, UTF-16 LE or
 * BE, as Outlook's "Unicode" export writes), then UTF-16 without a mark is recognised by its zero
 * bytes, then valid UTF-8; anything else is windows-1252 (Outlook's and Excel's ANSI export in
 * Western Europe, a superset of iso-8859-1 for the letters that matter here).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decode = (encoding: TextEncodingName, from: number): string =>
    new TextDecoder(encoding).decode(bytes.subarray(from))
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', 3), encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le', 2), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be', 2), encoding: 'utf-16be' }
  const sample = bytes.subarray(0, 400)
  let evenZeros = 0
  let oddZeros = 0
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) evenZeros++
      else oddZeros++
    }
  })
  if (oddZeros > sample.length / 4) return { text: decode('utf-16le', 0), encoding: 'utf-16le' }
  if (evenZeros > sample.length / 4) return { text: decode('utf-16be', 0), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}
