import { zlibSync } from 'fflate'
import type { Rng } from './largeRandom'

/**
 * Portrait photos of about 30 KB as data URLs: a real, decodable PNG (two tones with grain, so
 * it compresses no better than a photo would). A few distinct ones, shared by the contacts that
 * have one: each still stands in full in the backup file and in IndexedDB.
 */
export function buildPhotos(rng: Rng, count: number): string[] {
  return Array.from({ length: count }, () => dataUrl(grainyPortrait(rng, 120, 150)))
}

function grainyPortrait(rng: Rng, width: number, height: number): Uint8Array {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 2, 0, 0, 0], 8)
  const raw = new Uint8Array((width * 3 + 1) * height)
  const tone = [rng.int(40, 120), rng.int(60, 140), rng.int(120, 200)]
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) {
      const inner =
        (x - width / 2) ** 2 / (width / 3) ** 2 + (y - height / 2.2) ** 2 / (height / 2.5) ** 2 < 1
      for (let c = 0; c < 3; c++) {
        const base = inner ? (tone[c] ?? 90) : 225
        raw[row + 1 + x * 3 + c] = Math.max(0, Math.min(255, base + rng.int(-6, 6)))
      }
    }
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]
  return concat(parts)
}

function chunk(kind: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = kind.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function dataUrl(bytes: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`
}
