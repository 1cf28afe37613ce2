// Icon containers in plain JS: ICO (Windows) and ICNS (macOS), both holding PNG images as they
// are. PNG entries are valid in ICO since Windows Vista and in ICNS since macOS 10.7.

/**
 * @param {Uint8Array} png
 * @returns {{ width: number, height: number }}
 */
export function pngSize(png) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.byteLength < 24 || signature.some((byte, i) => png[i] !== byte)) {
    throw new Error('not a PNG file')
  }
  // The first chunk is IHDR: 4 bytes length, 4 bytes type, then width and height.
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/**
 * ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNGs. A size of 256 is
 * written as 0, as the format wants.
 * @param {Uint8Array[]} pngs square PNGs of at most 256 px
 * @returns {Uint8Array}
 */
export function encodeIco(pngs) {
  const headerSize = 6 + 16 * pngs.length
  const total = headerSize + pngs.reduce((sum, png) => sum + png.byteLength, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0, true)
  view.setUint16(2, 1, true)
  view.setUint16(4, pngs.length, true)
  let offset = headerSize
  pngs.forEach((png, index) => {
    const { width, height } = pngSize(png)
    if (width !== height || width > 256) throw new Error(`ICO entries are square, at most 256 px`)
    const entry = 6 + 16 * index
    view.setUint8(entry, width === 256 ? 0 : width)
    view.setUint8(entry + 1, height === 256 ? 0 : height)
    view.setUint8(entry + 2, 0)
    view.setUint8(entry + 3, 0)
    view.setUint16(entry + 4, 1, true)
    view.setUint16(entry + 6, 32, true)
    view.setUint32(entry + 8, png.byteLength, true)
    view.setUint32(entry + 12, offset, true)
    out.set(png, offset)
    offset += png.byteLength
  })
  return out
}

/** ICNS types that hold a PNG, by the pixel size of the image. */
export const ICNS_TYPES = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' }

/**
 * 'icns' and the file length, then per image its four-letter type, its length (header
 * included) and the PNG; all numbers big-endian.
 * @param {Uint8Array[]} pngs square PNGs of 128, 256, 512 or 1024 px
 * @returns {Uint8Array}
 */
export function encodeIcns(pngs) {
  const total = 8 + pngs.reduce((sum, png) => sum + 8 + png.byteLength, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const ascii = (text, at) => out.set(new TextEncoder().encode(text), at)
  ascii('icns', 0)
  view.setUint32(4, total)
  let offset = 8
  for (const png of pngs) {
    const { width, height } = pngSize(png)
    const type = ICNS_TYPES[/** @type {keyof typeof ICNS_TYPES} */ (width)]
    if (!type || width !== height) throw new Error(`no ICNS type for a ${width}x${height} PNG`)
    ascii(type, offset)
    view.setUint32(offset + 4, 8 + png.byteLength)
    out.set(png, offset + 8)
    offset += 8 + png.byteLength
  }
  return out
}
