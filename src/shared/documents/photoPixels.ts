import { decode as decodePng, convertIndexedToRgb } from 'fast-png'
import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js'

/** Good enough for a printed portrait; fixed, so the same photo always gives the same bytes. */
export const JPEG_QUALITY = 85

/** A photo larger than this (in megapixels) is not decoded: no portrait needs it, memory does. */
const MAX_MEGAPIXELS = 60

/** Eight-bit RGBA pixels, row by row. */
export type Pixels = { width: number; height: number; data: Uint8Array }

function pngPixels(bytes: Uint8Array): Pixels {
  const png = decodePng(bytes)
  if (png.width * png.height > MAX_MEGAPIXELS * 1e6) throw new Error('photo too large')
  const source = png.palette ? convertIndexedToRgb(png) : png.data
  const channels = png.palette ? (png.transparency ? 4 : 3) : png.channels
  // 16-bit samples keep their high byte; Uint8 arrays are already 8 bits.
  const shift = !png.palette && png.depth === 16 ? 8 : 0
  const data = new Uint8Array(png.width * png.height * 4)
  for (let i = 0, o = 0; o < data.length; i += channels, o += 4) {
    const sample = (k: number): number => (source[i + k] ?? 0) >> shift
    const grey = channels <= 2
    data[o] = sample(0)
    data[o + 1] = grey ? sample(0) : sample(1)
    data[o + 2] = grey ? sample(0) : sample(2)
    data[o + 3] = channels === 2 ? sample(1) : channels === 4 ? sample(3) : 255
  }
  return { width: png.width, height: png.height, data }
}

function jpegPixels(bytes: Uint8Array): Pixels {
  const jpeg = decodeJpeg(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_MEGAPIXELS,
    maxMemoryUsageInMB: 512,
  })
  return { width: jpeg.width, height: jpeg.height, data: jpeg.data }
}

/** The photo's pixels; throws when the bytes do not decode. */
export function decodePhoto(bytes: Uint8Array, format: 'png' | 'jpg'): Pixels {
  return format === 'png' ? pngPixels(bytes) : jpegPixels(bytes)
}

/**
 * Per output pixel along one axis: the source pixels it covers and how much of each. Area
 * averaging: every source pixel counts by the share of it that falls inside the output pixel, so a
 * strong reduction stays smooth instead of aliasing as point sampling would.
 */
function coverage(from: number, to: number): { start: number; weights: number[] }[] {
  const scale = from / to
  const result: { start: number; weights: number[] }[] = []
  for (let o = 0; o < to; o++) {
    const left = o * scale
    const right = Math.min(from, left + scale)
    const start = Math.floor(left)
    const weights: number[] = []
    for (let s = start; s < right; s++)
      weights.push((Math.min(s + 1, right) - Math.max(s, left)) / scale)
    result.push({ start, weights })
  }
  return result
}

/** Scales the pixels to the size given (down), averaging areas; alpha is laid on white first. */
export function resizePixels(pixels: Pixels, width: number, height: number): Pixels {
  const { width: w, height: h, data } = pixels
  // On white, as the photo would look on paper; JPEG has no transparency.
  const rgb = new Float32Array(w * h * 3)
  for (let i = 0, o = 0; o < rgb.length; i += 4, o += 3) {
    const alpha = (data[i + 3] ?? 255) / 255
    for (let c = 0; c < 3; c++) rgb[o + c] = (data[i + c] ?? 0) * alpha + 255 * (1 - alpha)
  }
  const across = coverage(w, width)
  const wide = new Float32Array(width * h * 3)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < width; x++) {
      const { start, weights } = across[x] ?? { start: 0, weights: [] }
      for (let c = 0; c < 3; c++) {
        let sum = 0
        for (let k = 0; k < weights.length; k++)
          sum += (rgb[(y * w + start + k) * 3 + c] ?? 0) * (weights[k] ?? 0)
        wide[(y * width + x) * 3 + c] = sum
      }
    }
  }
  const down = coverage(h, height)
  const out = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const { start, weights } = down[y] ?? { start: 0, weights: [] }
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0
        for (let k = 0; k < weights.length; k++)
          sum += (wide[((start + k) * width + x) * 3 + c] ?? 0) * (weights[k] ?? 0)
        out[(y * width + x) * 4 + c] = Math.min(255, Math.max(0, Math.round(sum)))
      }
      out[(y * width + x) * 4 + 3] = 255
    }
  }
  return { width, height, data: out }
}

/** Baseline JPEG bytes at the fixed quality. */
export function encodePhoto(pixels: Pixels): Uint8Array {
  return new Uint8Array(encodeJpeg(pixels, JPEG_QUALITY).data)
}

/** A base64 data URL of JPEG bytes, in chunks: one big String.fromCharCode overflows the stack. */
export function jpegDataUrl(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:image/jpeg;base64,${btoa(binary)}`
}
