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

  /**
   * With `sink`, every finished chunk is handed to it instead of kept (`chunks` stays empty): for
   * text that is only hashed, so it never exists whole.
   */
  constructor(private readonly sink?: (chunk: Uint8Array<ArrayBuffer>) => void) {}

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
    this.emit(this.current.subarray(0, this.used))
    this.current = new Uint8Array(CHUNK_BYTES)
    this.used = 0
  }

  private emit(chunk: Uint8Array<ArrayBuffer>): void {
    if (this.sink) this.sink(chunk)
    else this.chunks.push(chunk)
  }

  /** Every byte appended so far, encoded: in order in `chunks`, or handed to the sink. */
  flush(): Array<Uint8Array<ArrayBuffer>> {
    if (this.used > 0) {
      this.emit(this.current.slice(0, this.used))
      this.current = new Uint8Array(CHUNK_BYTES)
      this.used = 0
    }
    return this.chunks
  }

  get byteLength(): number {
    return this.bytes
  }
}
