/** Bytes per chunk: few chunks, and little left unused in the last one. */
const CHUNK_BYTES = 4 << 20

/**
 * Text appended in pieces and kept as UTF-8 chunks instead of one long string: a backup of
 * hundreds of megabytes would otherwise be a string of that size (twice that for CJK names, which
 * make V8 strings two-byte) plus its bytes. Each piece is encoded straight into the current chunk
 * (encodeInto never cuts a character), so no joined string is made. Pieces must be well-formed
 * UTF-16 on their own (every JSON.stringify result is: lone surrogates come out escaped).
 */
export class Utf8Chunks {
  readonly chunks: Array<Uint8Array<ArrayBuffer>> = []
  private current = new Uint8Array(CHUNK_BYTES)
  private used = 0
  private bytes = 0
  private readonly encoder = new TextEncoder()

  append(text: string): void {
    let rest = text
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.current.subarray(this.used))
      this.used += written
      this.bytes += written
      if (read === rest.length) return
      rest = rest.slice(read)
      this.seal()
    }
  }

  private seal(): void {
    if (this.used === 0) {
      // Not even one character fitted into an empty chunk: impossible with 4 MiB, but never loop.
      throw new Error('Utf8Chunks: chunk too small')
    }
    // A sealed chunk is all but full: a view on it, not a copy.
    this.chunks.push(this.current.subarray(0, this.used))
    this.current = new Uint8Array(CHUNK_BYTES)
    this.used = 0
  }

  /** Every byte appended so far, encoded; the chunks stay in order in `chunks`. */
  flush(): Array<Uint8Array<ArrayBuffer>> {
    if (this.used > 0) {
      this.chunks.push(this.current.slice(0, this.used))
      this.current = new Uint8Array(CHUNK_BYTES)
      this.used = 0
    }
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
