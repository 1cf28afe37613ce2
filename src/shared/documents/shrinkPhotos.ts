import type { BriefingData, PersonEntry } from './briefingData'
import { dataUrlBytes, imageSize, type ImageInfo } from './imageSize'
import { decodePhoto, encodePhoto, jpegDataUrl, resizePixels } from './photoPixels'

/** The longest side a portrait keeps in the file: sharp at 3.2 × 4.2 cm, small enough to mail. */
export const MAX_PHOTO_SIDE = 600

type Size = { width: number; height: number }

/**
 * Redraws a photo this module cannot decode (WebP, in the worker: a canvas) as a JPEG data URL;
 * null when it cannot be decoded.
 */
export type PhotoShrinker = (photo: string, target: Size) => Promise<string | null>

/**
 * The size a photo is redrawn at, or null when it may enter the file as it is. WebP is redrawn at
 * any size: Word cannot show it, so it would otherwise be left out.
 */
export function shrinkTarget(info: ImageInfo): Size | null {
  const longSide = Math.max(info.width, info.height)
  if (longSide <= MAX_PHOTO_SIDE && info.format !== 'webp') return null
  const scale = Math.min(1, MAX_PHOTO_SIDE / longSide)
  return {
    width: Math.max(1, Math.round(info.width * scale)),
    height: Math.max(1, Math.round(info.height * scale)),
  }
}

type Plan = { target: Size; format: ImageInfo['format'] }

/** Every distinct photo of the briefing that is to be redrawn, with its size and format. */
function plan(data: BriefingData): Map<string, Plan> {
  const plans = new Map<string, Plan>()
  for (const entry of Object.values(data.people)) {
    const photo = entry.photo
    const bytes = photo ? dataUrlBytes(photo) : null
    const info = bytes ? imageSize(bytes) : null
    const target = info ? shrinkTarget(info) : null
    // GIF has no decoder here; a portrait is rarely one, and it enters the file as it is.
    if (photo && info && target && info.format !== 'gif')
      plans.set(photo, { target, format: info.format })
  }
  return plans
}

/** How many photos `shrinkPhotos` would redraw, WebP only when there is a shrinker for it. */
export function countPhotosToShrink(data: BriefingData, webp: boolean): number {
  return [...plan(data).values()].filter((p) => webp || p.format !== 'webp').length
}

/** How many distinct WebP photos the briefing holds: without a canvas they stay out of the file. */
export function countWebpPhotos(data: BriefingData): number {
  return [...plan(data).values()].filter((p) => p.format === 'webp').length
}

/**
 * A JPEG or PNG redrawn in pure code: the same bytes in the worker and on the command line, so one
 * backup gives one file. Null when the photo does not decode (a damaged file).
 */
export function shrinkPhoto(photo: string, format: 'png' | 'jpg', target: Size): string | null {
  const bytes = dataUrlBytes(photo)
  if (!bytes) return null
  try {
    const pixels = decodePhoto(bytes, format)
    return jpegDataUrl(encodePhoto(resizePixels(pixels, target.width, target.height)))
  } catch {
    return null
  }
}

/**
 * The same data with every large JPEG and PNG made at most 600 px on the long side, and every WebP
 * redrawn by `webp` when given (the worker's canvas); without it WebP stays, and the builder leaves
 * it out. A photo that fails to decode is dropped, as the builder drops one it cannot embed.
 */
export async function shrinkPhotos(
  data: BriefingData,
  webp?: PhotoShrinker,
): Promise<BriefingData> {
  const replaced = new Map<string, string | null>()
  for (const [photo, { target, format }] of plan(data)) {
    switch (format) {
      case 'webp':
        if (webp) replaced.set(photo, await webp(photo, target))
        break
      case 'png':
      case 'jpg':
        replaced.set(photo, shrinkPhoto(photo, format, target))
        break
      case 'gif':
        break
      default: {
        const never: never = format
        return never
      }
    }
  }
  if (replaced.size === 0) return data
  const swap = <T extends PersonEntry>(entry: T): T => {
    const photo = entry.photo
    if (photo === null || !replaced.has(photo)) return entry
    return { ...entry, photo: replaced.get(photo) ?? null }
  }
  return {
    ...data,
    people: Object.fromEntries(Object.entries(data.people).map(([id, p]) => [id, swap(p)])),
    participants: data.participants.map(swap),
    head: data.head && swap(data.head),
    host: data.host && swap(data.host),
  }
}
