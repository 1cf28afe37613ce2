import { Packer } from 'docx'
import { encode as encodePng } from 'fast-png'
import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { loadBriefingData, type BriefingData } from './briefingData'
import { buildBriefing } from './buildBriefing'
import { dataUrlBytes, imageSize } from './imageSize'
import { countPhotosToShrink, countWebpPhotos, shrinkPhotos, shrinkTarget } from './shrinkPhotos'
import { demoTables, pngOf, withContactPhotos } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyo = tables.visits[0]
if (!tokyo) throw new Error('the demo data has no visits')

/** A data URL built in chunks: the fixtures' one-call version overflows the stack on big files. */
function dataUrl(bytes: Uint8Array, type = 'image/png'): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:${type};base64,${btoa(binary)}`
}

/** RGBA pixels with a gradient and a diagonal, so the resize has something to average. */
function rgba(width: number, height: number, alpha = 255): Uint8Array {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      data.set([(x * 255) / width, (y * 255) / height, x === y ? 255 : 40, alpha], i)
    }
  }
  return data
}

function jpegOf(width: number, height: number): Uint8Array {
  return new Uint8Array(encodeJpeg({ width, height, data: rgba(width, height) }, 90).data)
}

function pngPhoto(width: number, height: number, alpha = 255): Uint8Array {
  return encodePng({ width, height, data: rgba(width, height, alpha), channels: 4, depth: 8 })
}

/** The Tokyo briefing with its host contacts given these photos, in order. */
function withPhotos(photos: string[]): BriefingData {
  const hosts = tables.participants.filter((p) => p.visitId === tokyo?.id && p.side === 'host')
  const ids = hosts.map((p) => p.contactId)
  const chosen = new Map(ids.flatMap((id, i) => (photos[i] ? [[id, photos[i]] as const] : [])))
  return loadBriefingData(withContactPhotos(tables, chosen), tokyo?.id ?? '', NOW)
}

const photosOf = (data: BriefingData, sources: string[]): (string | null)[] =>
  sources.map((s) => (Object.values(data.people).find((p) => p.photo === s) ? s : null))

function photoAfter(data: BriefingData, before: BriefingData, source: string): string | null {
  const id = Object.values(before.people).find((p) => p.photo === source)?.contact.id
  return (id && data.people[id]?.photo) ?? null
}

describe('shrinkTarget', () => {
  it('keeps photos up to 600 px on the long side, scales larger ones keeping the ratio', () => {
    expect(shrinkTarget({ format: 'jpg', width: 600, height: 450 })).toBeNull()
    expect(shrinkTarget({ format: 'jpg', width: 3000, height: 4000 })).toEqual({
      width: 450,
      height: 600,
    })
    expect(shrinkTarget({ format: 'png', width: 1201, height: 10 })).toEqual({
      width: 600,
      height: 5,
    })
    expect(shrinkTarget({ format: 'webp', width: 200, height: 300 })).toEqual({
      width: 200,
      height: 300,
    })
  })
})

describe('shrinkPhotos', () => {
  const bigJpeg = dataUrl(jpegOf(1600, 1200), 'image/jpeg')
  const tallPng = dataUrl(pngPhoto(900, 1200, 128))
  const small = dataUrl(pngOf(60, 80))

  it('makes large JPEG and PNG photos JPEGs of at most 600 px at their aspect ratio', async () => {
    const before = withPhotos([bigJpeg, tallPng, small])
    expect(photosOf(before, [bigJpeg, tallPng, small])).not.toContain(null)
    expect(countPhotosToShrink(before, false)).toBe(2)
    const after = await shrinkPhotos(before)
    const info = (source: string): ReturnType<typeof imageSize> => {
      const bytes = dataUrlBytes(photoAfter(after, before, source) ?? '')
      return bytes && imageSize(bytes)
    }
    expect(info(bigJpeg)).toEqual({ format: 'jpg', width: 600, height: 450 })
    expect(info(tallPng)).toEqual({ format: 'jpg', width: 450, height: 600 })
    // Small photos pass untouched, byte for byte.
    expect(photoAfter(after, before, small)).toBe(small)
    // The half-transparent PNG lies on white: its corner is light, not black.
    const pixels = decodeJpeg(dataUrlBytes(photoAfter(after, before, tallPng) ?? '') ?? [], {
      useTArray: true,
    })
    expect(pixels.data[0]).toBeGreaterThan(100)
  })

  it('gives the same bytes every time', async () => {
    const first = await shrinkPhotos(withPhotos([bigJpeg]))
    const second = await shrinkPhotos(withPhotos([bigJpeg]))
    expect(JSON.stringify(second.people)).toBe(JSON.stringify(first.people))
  })

  it('leaves out a damaged photo rather than failing, and the book still builds', async () => {
    const jpeg = jpegOf(1600, 1200)
    const damaged = dataUrl(jpeg.slice(0, 700), 'image/jpeg')
    const before = withPhotos([damaged, small])
    const after = await shrinkPhotos(before)
    expect(photoAfter(after, before, damaged)).toBeNull()
    expect(photoAfter(after, before, small)).toBe(small)
    const file = await Packer.toArrayBuffer(
      buildBriefing(after, { lang: 'de', variant: 'full', sections: ['biographies'] }),
    )
    const media = Object.keys(unzipSync(new Uint8Array(file))).filter((n) =>
      n.startsWith('word/media/'),
    )
    expect(media).toHaveLength(1)
  })

  it('leaves WebP for the shrinker it is given, and counts it', async () => {
    const webp = 'data:image/webp;base64,' + btoa(webpHeader(300, 400))
    const before = withPhotos([webp, bigJpeg])
    expect(countWebpPhotos(before)).toBe(1)
    expect(countPhotosToShrink(before, true)).toBe(2)
    expect(photoAfter(await shrinkPhotos(before), before, webp)).toBe(webp)
    const redrawn = dataUrl(jpegOf(300, 400), 'image/jpeg')
    const withCanvas = await shrinkPhotos(before, async () => redrawn)
    expect(photoAfter(withCanvas, before, webp)).toBe(redrawn)
  })
})

/** The first bytes of a lossy WebP of that size: enough for the size reader, not for a decoder. */
function webpHeader(width: number, height: number): string {
  const bytes = new Uint8Array(30)
  bytes.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  )
  bytes.set(
    [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
    8,
  )
  bytes.set([0x9d, 0x01, 0x2a], 23)
  bytes.set([width & 0xff, width >> 8, height & 0xff, height >> 8], 26)
  return String.fromCharCode(...bytes)
}
