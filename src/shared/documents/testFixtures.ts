import { strFromU8, unzipSync, zlibSync } from 'fflate'
import { buildDemoDataset } from '../demo/demoData'
import type { DatasetTables } from '../model/tables'
import { buildDefaultSettings, buildSeedPartnerCities } from '../seed/partnerCities'

/** Test support only: the demo data set as a whole database, the partner cities and settings included. */
export function demoTables(now: Date): DatasetTables {
  const cities = buildSeedPartnerCities(now)
  return {
    ...buildDemoDataset(cities, now),
    partnerCities: cities,
    settings: [buildDefaultSettings(now)],
  }
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

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** A real, decodable RGB PNG of the given size: a two-colour portrait placeholder. */
export function pngOf(width: number, height: number): Uint8Array {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 2, 0, 0, 0], 8)
  const raw = new Uint8Array((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) {
      const inner = x > width / 4 && x < (width * 3) / 4 && y > height / 5
      raw.set(inner ? [70, 110, 170] : [220, 226, 235], row + 1 + x * 3)
    }
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

export function dataUrl(bytes: Uint8Array, type = 'image/png'): string {
  return `data:${type};base64,${btoa(String.fromCharCode(...bytes))}`
}

/** The parts of a packed .docx, XML parts as text. */
export function unzipDocx(file: ArrayBuffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(file))
  return Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [
      name,
      /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : '',
    ]),
  )
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

export type XmlParagraph = { style: string | null; text: string }

/** The paragraphs of a WordprocessingML part: style id and visible text, in order. */
export function paragraphsOf(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }))
}

/**
 * The tables with these photos (contact id → data URL) as rows of `contactPhotos`, stamped as
 * their contacts; a contact's earlier photo is replaced.
 */
export function withContactPhotos(
  tables: DatasetTables,
  photos: ReadonlyMap<string, string>,
): DatasetTables {
  const rows = tables.contacts.flatMap((c) => {
    const photo = photos.get(c.id)
    return photo ? [{ id: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, photo }] : []
  })
  return {
    ...tables,
    contactPhotos: [...tables.contactPhotos.filter((p) => !photos.has(p.id)), ...rows],
  }
}
