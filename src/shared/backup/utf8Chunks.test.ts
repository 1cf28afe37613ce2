import { describe, expect, it } from 'vitest'
import { sha256Hex } from './checksum'
import { sha256OfChunks, Utf8Chunks } from './utf8Chunks'

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

  it('hashes its chunks as the one text they make', async () => {
    const out = new Utf8Chunks()
    const text = ['{"name":"Петрова"', ',"note":"\\u2028😀"}'].join('')
    out.append('{"name":"Петрова"')
    out.append(',"note":"\\u2028😀"}')
    expect(await sha256OfChunks(out)).toBe(await sha256Hex(text))
  })
})
