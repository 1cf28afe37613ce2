import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The icon files scripts/make-icons.mjs writes from resources/icon.svg. Read here with a parser
 * of their own, so a bug in the writer cannot hide itself.
 */
const RESOURCES = join(import.meta.dirname, '..', '..', 'resources')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const read = (name: string): Promise<Buffer> => readFile(join(RESOURCES, name))

function pngSize(png: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(buffer.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) }
}

describe('app icon', () => {
  it('has an SVG source', async () => {
    const svg = (await read('icon.svg')).toString('utf8')
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/)
    expect(svg).not.toMatch(/<text/)
  })

  it.each(SIZES)('has a %i px PNG of that size', async (size) => {
    expect(pngSize(await read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size })
  })

  it('has a 512 px icon.png for the window', async () => {
    expect(pngSize(await read('icon.png'))).toEqual({ width: 512, height: 512 })
  })

  it('has an ICO whose entries are the PNGs they claim to be', async () => {
    const ico = await read('icon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    const sizes: number[] = []
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i
      const claimed = ico.readUInt8(entry) || 256
      expect(ico.readUInt8(entry + 1) || 256).toBe(claimed)
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(offset + length).toBeLessThanOrEqual(ico.length)
      const image = ico.subarray(offset, offset + length)
      expect(pngSize(image)).toEqual({ width: claimed, height: claimed })
      sizes.push(claimed)
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('has an ICNS whose PNG entries are the sizes their types name', async () => {
    const icns = await read('icon.icns')
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const sizeOfType: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024 }
    const found: string[] = []
    for (let offset = 8; offset < icns.length;) {
      const type = icns.toString('latin1', offset, offset + 4)
      const length = icns.readUInt32BE(offset + 4)
      expect(length).toBeGreaterThan(8)
      const size = sizeOfType[type]
      expect(size, `entry ${type}`).toBeDefined()
      expect(pngSize(icns.subarray(offset + 8, offset + length))).toEqual({
        width: size,
        height: size,
      })
      found.push(type)
      offset += length
    }
    expect(found).toEqual(['ic07', 'ic08', 'ic09', 'ic10'])
  })
})
