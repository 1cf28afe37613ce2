import { describe, expect, it } from 'vitest'
import { sha256Hex } from './checksum'
import { bufferedSha256, streamingSha256, type Sha256Sink } from './sha256Sink'
import { Utf8Chunks } from './utf8Chunks'

const MiB = 1 << 20

function joined(chunks: readonly Uint8Array[]): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
}

describe('Utf8Chunks', () => {
  it('never cuts a character at a chunk seam, and pieces may span several chunks', async () => {
    // The emoji's four bytes do not fit into what is left of the first chunk.
    const pieces = ['a'.repeat(4 * MiB - 2), '😀', '佐藤'.repeat(3 * MiB), 'Ende']
    const out = new Utf8Chunks()
    for (const piece of pieces) out.append(piece)
    const chunks = out.flush()
    expect(chunks.length).toBeGreaterThanOrEqual(6)
    expect(chunks[0]?.byteLength).toBe(4 * MiB - 2)
    expect(joined(chunks)).toBe(pieces.join(''))
    expect(out.byteLength).toBe(Buffer.byteLength(pieces.join(''), 'utf8'))
  })

  it.each([
    ['buffered (Web Crypto)', bufferedSha256],
    ['streaming (@noble/hashes)', streamingSha256],
  ])('hands its chunks to a sink that hashes them as one text: %s', async (_, make) => {
    const sink: Sha256Sink = make()
    const seenChunks: Uint8Array[] = []
    const out = new Utf8Chunks((chunk) => {
      seenChunks.push(chunk.slice())
      sink.update(chunk)
    })
    // Four chunks' worth with Cyrillic, CJK, an emoji and an escaped line separator in between.
    const pieces = ['{"name":"Петрова"', '佐藤'.repeat(5 * MiB), ',"note":"\\u2028😀"}']
    for (const piece of pieces) out.append(piece)
    expect(out.flush()).toEqual([])
    expect(out.chunks).toEqual([])
    expect(seenChunks.length).toBeGreaterThanOrEqual(4)
    expect(joined(seenChunks)).toBe(pieces.join(''))
    expect(await sink.hex()).toBe(await sha256Hex(pieces.join('')))
  })
})
