import { isReclaimable } from '../reclaimableBytes'

/**
 * JSON.parse of UTF-8 bytes without the text of the whole file. A large office's backup is
 * 250 MB of UTF-8 but, holding Cyrillic and CJK names, 500 MB as a JavaScript string (two bytes
 * per character), which alone took the import's memory past four times the file. Here the outer
 * containers (the file, its payload, the tables, each table's rows) are put together by a scan
 * of the bytes, and every value below them — one row — is decoded and parsed by JSON.parse on
 * its own, so only one row's text exists at a time.
 *
 * The answer is JSON.parse's for the decoded text, or null when the bytes are not valid JSON (the
 * caller then decodes the text to report where JSON.parse stopped): every piece goes through
 * JSON.parse, and the scan accepts only what the grammar allows between them. Slices start and
 * end at ASCII punctuation, which never lies inside a UTF-8 sequence, so decoding piece by piece
 * yields the same characters as decoding the whole.
 */

/** Containers down to this depth are put together here; deeper values are parsed whole. */
const ASSEMBLED_DEPTH = 4
/**
 * The rows of a table are parsed about this many bytes at a time (tests pass smaller ones). Small
 * enough that each batch's text stays under V8's large-object size and dies young; in Node the
 * 247 MiB backup of the large office parses in 1.5–1.6 s this way against 2.0 s with 1 MiB.
 */
const BATCH_BYTES = 1 << 15

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

class NotJson extends Error {}

/**
 * Decodes slices of `bytes`. Chromium's TextDecoder refuses views of a resizable buffer (the
 * Settings import reads a large file into one, to give its memory back right after this parse),
 * so those slices are copied into a scratch buffer first: one memory copy of each, small beside
 * the decoding.
 */
function sliceDecoder(bytes: Uint8Array): (from: number, to: number) => string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  if (!isReclaimable(bytes)) return (from, to) => decoder.decode(bytes.subarray(from, to))
  let scratch = new Uint8Array(BATCH_BYTES * 4)
  return (from, to) => {
    const length = to - from
    if (scratch.length < length) scratch = new Uint8Array(length * 2)
    scratch.set(bytes.subarray(from, to))
    return decoder.decode(scratch.subarray(0, length))
  }
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
}

export function parseJsonBytes(
  bytes: Uint8Array,
  { batchBytes = BATCH_BYTES }: { batchBytes?: number } = {},
): { ok: true; data: unknown } | null {
  const decode = sliceDecoder(bytes)
  const end = bytes.length
  let at = 0

  const skipSpace = (): void => {
    while (at < end && isSpace(bytes[at] ?? 0)) at++
  }
  const fail = (): never => {
    throw new NotJson()
  }
  const expect = (b: number): void => {
    if (bytes[at] !== b) fail()
    at++
  }
  const stringEnd = (from: number): number => {
    for (let i = from + 1; i < end; i++) {
      const b = bytes[i]
      if (b === BACKSLASH) i++
      else if (b === QUOTE) return i + 1
    }
    return fail()
  }
  /** Where the value starting at `from` ends: bracket depth, strings skipped. */
  const valueEnd = (from: number): number => {
    const first = bytes[from]
    if (first === QUOTE) return stringEnd(from)
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0
      for (let i = from; i < end; i++) {
        const b = bytes[i]
        if (b === QUOTE) i = stringEnd(i) - 1
        else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++
        else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          depth--
          if (depth === 0) return i + 1
        }
      }
      return fail()
    }
    let i = from
    while (i < end) {
      const b = bytes[i] ?? 0
      if (isSpace(b) || b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET) break
      i++
    }
    return i
  }
  const parsePiece = (from: number, to: number): unknown => JSON.parse(decode(from, to)) as unknown

  const value = (depth: number): unknown => {
    skipSpace()
    const first = bytes[at]
    if (depth <= ASSEMBLED_DEPTH && first === OPEN_BRACE) return object(depth)
    if (depth <= ASSEMBLED_DEPTH && first === OPEN_BRACKET) return array(depth)
    const from = at
    at = valueEnd(from)
    if (at === from) fail()
    return parsePiece(from, at)
  }
  const object = (depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    at++
    skipSpace()
    if (bytes[at] === CLOSE_BRACE) {
      at++
      return out
    }
    for (;;) {
      skipSpace()
      if (bytes[at] !== QUOTE) fail()
      const from = at
      at = stringEnd(from)
      const key = parsePiece(from, at) as string
      skipSpace()
      expect(COLON)
      // As JSON.parse does: an own property even for "__proto__", the last of equal keys wins.
      Object.defineProperty(out, key, {
        value: value(depth + 1),
        writable: true,
        enumerable: true,
        configurable: true,
      })
      skipSpace()
      if (bytes[at] === COMMA) at++
      else {
        expect(CLOSE_BRACE)
        return out
      }
    }
  }
  /**
   * The elements of an array at the deepest assembled level (a table's rows), parsed in batches
   * of about a megabyte: `[` + the bytes from one element to another + `]` is valid exactly when
   * each element is, since the scan has checked the commas and spaces between them. Far fewer
   * decode and parse calls than one per row, and still never more than a batch of text.
   */
  const batchedElements = (out: unknown[]): unknown[] => {
    const flush = (from: number, to: number): void => {
      const batch = JSON.parse(`[${decode(from, to)}]`) as unknown[]
      for (const element of batch) out.push(element)
    }
    let from = at
    for (;;) {
      const start = at
      at = valueEnd(start)
      if (at === start) fail()
      const to = at
      skipSpace()
      if (bytes[at] !== COMMA) {
        flush(from, to)
        expect(CLOSE_BRACKET)
        return out
      }
      at++
      skipSpace()
      if (to - from >= batchBytes) {
        flush(from, to)
        from = at
      }
    }
  }
  const array = (depth: number): unknown[] => {
    const out: unknown[] = []
    at++
    skipSpace()
    if (bytes[at] === CLOSE_BRACKET) {
      at++
      return out
    }
    if (depth === ASSEMBLED_DEPTH) return batchedElements(out)
    for (;;) {
      out.push(value(depth + 1))
      skipSpace()
      if (bytes[at] === COMMA) at++
      else {
        expect(CLOSE_BRACKET)
        return out
      }
    }
  }

  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3
    const data = value(1)
    skipSpace()
    if (at !== end) fail()
    return { ok: true, data }
  } catch (error) {
    if (error instanceof NotJson || error instanceof SyntaxError) return null
    throw error
  }
}
