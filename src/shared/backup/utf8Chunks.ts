/** About 1 MiB of text per encoded chunk: few chunks, and no piece of text held for long. */
const CHUNK_CHARS = 1 << 20

/**
 * Text appended in pieces and kept as UTF-8 chunks instead of one long string: a backup of
 * hundreds of megabytes would otherwise be a string of that size (twice that for CJK names, which
 * make V8 strings two-byte) plus its bytes. Pieces must be well-formed UTF-16 on their own (every
 * JSON.stringify result is: lone surrogates come out escaped), so no pair is cut at a seam.
 */
export class Utf8Chunks {
  readonly chunks: Array<Uint8Array<ArrayBuffer>> = []
  private pending: string[] = []
  private pendingChars = 0
  private bytes = 0
  private readonly encoder = new TextEncoder()

  append(text: string): void {
    this.pending.push(text)
    this.pendingChars += text.length
    if (this.pendingChars >= CHUNK_CHARS) this.flush()
  }

  /** Every byte appended so far, encoded; the chunks stay in order in `chunks`. */
  flush(): Array<Uint8Array<ArrayBuffer>> {
    if (this.pendingChars > 0) {
      const chunk = this.encoder.encode(this.pending.join(''))
      this.chunks.push(chunk)
      this.bytes += chunk.byteLength
    }
    this.pending = []
    this.pendingChars = 0
    return this.chunks
  }

  get byteLength(): number {
    return this.bytes
  }
}

/**
 * SHA-256 of the chunks as one text, in lowercase hex. Web Crypto has no incremental digest, so
 * the chunks are copied into one buffer, each dropped once copied; a pure-JS incremental SHA-256
 * (@noble/hashes) needed ten times the CPU time here (see the README's dependency notes).
 */
export async function sha256OfChunks(chunks: Utf8Chunks): Promise<string> {
  const parts = chunks.flush()
  const whole = new Uint8Array(chunks.byteLength)
  let offset = 0
  while (parts.length > 0) {
    const part = parts.shift() as Uint8Array
    whole.set(part, offset)
    offset += part.byteLength
  }
  const digest = await globalThis.crypto.subtle.digest('SHA-256', whole)
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
