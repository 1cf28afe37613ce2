import { describe, expect, it } from 'vitest'
import { dataUrlBytes, fitInto, imageSize } from './imageSize'
import { dataUrl, pngOf } from './testFixtures'

/** A JPEG's first segments: SOI, an APP0 segment, then a baseline start-of-frame. */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc4,
    0x00,
    0x04,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
  ])
}

function webpVp8x(width: number, height: number): Uint8Array {
  const b = new Uint8Array(30)
  b.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  )
  b.set(
    [...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
    8,
  )
  const w = width - 1
  const h = height - 1
  b.set(
    [w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff],
    24,
  )
  return b
}

describe('imageSize', () => {
  it('reads PNG, JPEG, GIF and WebP sizes from their headers', () => {
    expect(imageSize(pngOf(30, 40))).toEqual({ format: 'png', width: 30, height: 40 })
    expect(imageSize(jpegHeader(1200, 1600))).toEqual({ format: 'jpg', width: 1200, height: 1600 })
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00])
    expect(imageSize(gif)).toEqual({ format: 'gif', width: 320, height: 240 })
    expect(imageSize(webpVp8x(5000, 3000))).toEqual({ format: 'webp', width: 5000, height: 3000 })
  })

  it('refuses what is no image or is cut short', () => {
    expect(
      imageSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeNull()
    expect(imageSize(jpegHeader(10, 10).subarray(0, 12))).toBeNull()
    expect(imageSize(new Uint8Array())).toBeNull()
  })

  it('decodes data URLs and refuses other strings', () => {
    const png = pngOf(3, 2)
    expect(dataUrlBytes(dataUrl(png))).toEqual(png)
    expect(dataUrlBytes('https://example.org/a.png')).toBeNull()
  })
})

describe('fitInto', () => {
  it('keeps the aspect ratio inside the box', () => {
    expect(fitInto({ width: 1200, height: 1600 }, { width: 120, height: 160 })).toEqual({
      width: 120,
      height: 160,
    })
    expect(fitInto({ width: 1600, height: 900 }, { width: 120, height: 160 })).toEqual({
      width: 120,
      height: 68,
    })
    expect(fitInto({ width: 100, height: 1000 }, { width: 120, height: 160 })).toEqual({
      width: 16,
      height: 160,
    })
  })
})
