import { bufferedSha256, hexOf, type Sha256Sink } from './sha256Sink'
import { Utf8Chunks } from './utf8Chunks'

const CHECKSUM_PREFIX = 'sha256:'

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`, with Web Crypto (browser, worker, Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return hexOf(new Uint8Array(digest))
}

/** payload → tables → each table's array: below that, rows are stringified whole. */
const WALK_DEPTH = 3

function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value) as unknown
  const toJSON = (value as { toJSON?: unknown }).toJSON
  return (proto === Object.prototype || proto === null) && typeof toJSON !== 'function'
}

/**
 * Rows stringified a few at a time: fewer, larger pieces cost less CPU than one per row, but a
 * piece must stay under V8's large-object size (128 KB; two bytes per character once a name is
 * Cyrillic or Japanese), or every piece lands in the old generation and the 190 MB of compact
 * text of a large office stay there as garbage until a full collection. In Node, 16 rows per
 * piece serialise that payload as fast as 256 did (0.82–0.99 s against 0.88–1.03 s).
 */
const ROWS_PER_PIECE = 16

function* appendRowBatches(rows: readonly unknown[], out: Utf8Chunks): Generator<void> {
  out.append('[')
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    // A slice keeps holes, and JSON.stringify writes holes and undefined as null, as for the whole.
    const text = JSON.stringify(rows.slice(start, start + ROWS_PER_PIECE))
    out.append(start === 0 ? text.slice(1, -1) : `,${text.slice(1, -1)}`)
    yield
  }
  out.append(']')
}

/**
 * Appends exactly the text JSON.stringify(value) gives, in pieces: the outer levels are written
 * here with JSON.stringify's rules (keys in Object.keys order, undefined members left out, holes
 * and undefined elements as null), anything deeper or not a plain object or array by
 * JSON.stringify itself.
 */
export function appendJson(value: unknown, out: Utf8Chunks): void {
  for (const _ of appendJsonSteps(value, out)) {
    // Nothing to do between the pieces when nobody waits for the sink.
  }
}

/** appendJson a piece at a time: it pauses after each batch of rows, so the writer may wait. */
function* appendJsonSteps(value: unknown, out: Utf8Chunks, depth = 0): Generator<void> {
  if (depth >= WALK_DEPTH || typeof value !== 'object' || value === null || !isPlain(value)) {
    out.append(JSON.stringify(value) ?? 'null')
    return
  }
  if (Array.isArray(value) && depth === WALK_DEPTH - 1) {
    yield* appendRowBatches(value, out)
    return
  }
  if (Array.isArray(value)) {
    out.append('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.append(',')
      const item: unknown = value[i]
      if (skipped(item)) out.append('null')
      else yield* appendJsonSteps(item, out, depth + 1)
    }
    out.append(']')
    return
  }
  out.append('{')
  let first = true
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key]
    if (skipped(member)) continue
    out.append(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`)
    first = false
    yield* appendJsonSteps(member, out, depth + 1)
  }
  out.append('}')
}

/**
 * The checksum of a payload: `sha256:` + hex of `JSON.stringify(payload)`. A reader re-stringifies
 * the payload it parsed; that gives the same text because JSON.parse keeps the key order of the
 * file and JSON.stringify(JSON.parse(s)) === s for any s that JSON.stringify produced (numbers
 * print in their shortest round-trip form, lone surrogates are escaped). Whitespace and
 * indentation of the file therefore do not matter, but any change of a key, value or order does.
 * The text is built row by row as UTF-8 chunks (appendJson), never as one string of the file's size,
 * and handed to `sink` chunk by chunk; while the sink reports a backlog, writing waits.
 */
export async function payloadChecksum(
  payload: unknown,
  sink: Sha256Sink = bufferedSha256(),
): Promise<string> {
  try {
    const text = new Utf8Chunks((chunk) => sink.update(chunk))
    for (const _ of appendJsonSteps(payload, text)) {
      const backlog = sink.backlog?.()
      if (backlog) await backlog
    }
    text.flush()
    return CHECKSUM_PREFIX + (await sink.hex())
  } finally {
    sink.close?.()
  }
}
