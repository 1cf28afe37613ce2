import { sha256 } from '@noble/hashes/sha2'

/**
 * Where the bytes of a backup's compact payload go, chunk by chunk, to give their SHA-256 (lowercase
 * hex) at the end. A sink may keep the chunks it is given or take them over (a worker's transfer):
 * the caller never reads a chunk again once it has handed it on.
 */
export interface Sha256Sink {
  update(chunk: Uint8Array<ArrayBuffer>): void
  hex(): Promise<string>
  /**
   * A promise to wait for before handing on more, when the sink holds more chunks than it wants
   * (a worker that hashes slower than the page writes); null when it can take more now.
   */
  backlog?(): Promise<void> | null
  /** Gives up a hash that will not be finished (a worker's, say); harmless after `hex`. */
  close?(): void
}

/** A digest as lowercase hex, as backups write their checksum. */
export function hexOf(digest: Uint8Array): string {
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Keeps the chunks and hashes them with Web Crypto at the end: the fastest hash there is here
 * (about 4× @noble/hashes), but Web Crypto has no incremental digest, so the whole text is held
 * and copied into one buffer first (each chunk dropped once copied).
 */
export function bufferedSha256(): Sha256Sink {
  const parts: Array<Uint8Array<ArrayBuffer>> = []
  let bytes = 0
  return {
    update(chunk) {
      parts.push(chunk)
      bytes += chunk.byteLength
    },
    async hex() {
      const whole = new Uint8Array(bytes)
      let offset = 0
      while (parts.length > 0) {
        const part = parts.shift() as Uint8Array
        whole.set(part, offset)
        offset += part.byteLength
      }
      return hexOf(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', whole)))
    },
  }
}

/**
 * Hashes each chunk as it comes and keeps none: constant memory, at the CPU cost of a JavaScript
 * SHA-256. Where that cost must not fall on the page, the renderer runs this in a worker
 * (`workers/sha256Client.ts`).
 */
export function streamingSha256(): Sha256Sink {
  const hash = sha256.create()
  return {
    update(chunk) {
      hash.update(chunk)
    },
    hex() {
      return Promise.resolve(hexOf(hash.digest()))
    },
  }
}
