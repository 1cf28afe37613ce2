import { describe, expect, it } from 'vitest'
import { blobOfChunks } from './browser'

describe('blobOfChunks', () => {
  it('gives one Blob of the chunks in order and empties the list it was handed', async () => {
    const encoder = new TextEncoder()
    const texts = Array.from({ length: 21 }, (_, i) => `Teil ${i}: Петрова 佐藤 😀\n`)
    const chunks = texts.map((t) => encoder.encode(t))
    const blob = blobOfChunks(chunks, 'application/json')
    expect(chunks).toEqual([])
    expect(blob.type).toBe('application/json')
    expect(blob.size).toBe(encoder.encode(texts.join('')).byteLength)
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe(texts.join(''))
  })

  it('gives an empty Blob for no chunks', () => {
    expect(blobOfChunks([], 'application/json').size).toBe(0)
  })
})
