import type { BriefingData, PersonEntry } from '@shared/documents/briefingData'
import { dataUrlBytes, imageSize, type ImageInfo } from '@shared/documents/imageSize'

/** The longest side a portrait keeps in the file: sharp at 3.2 × 4.2 cm, small enough to mail. */
export const MAX_PHOTO_SIDE = 600

/** Turns one photo (a data URL) into a smaller JPEG data URL; null when it cannot be decoded. */
export type PhotoShrinker = (
  photo: string,
  target: { width: number; height: number },
) => Promise<string | null>

/**
 * The size a photo is redrawn at, or null when it may enter the file as it is. WebP is redrawn at
 * any size: Word cannot show it, so it would otherwise be left out.
 */
export function shrinkTarget(info: ImageInfo): { width: number; height: number } | null {
  const longSide = Math.max(info.width, info.height)
  if (longSide <= MAX_PHOTO_SIDE && info.format !== 'webp') return null
  const scale = Math.min(1, MAX_PHOTO_SIDE / longSide)
  return {
    width: Math.max(1, Math.round(info.width * scale)),
    height: Math.max(1, Math.round(info.height * scale)),
  }
}

function photosToShrink(data: BriefingData): Map<string, { width: number; height: number }> {
  const targets = new Map<string, { width: number; height: number }>()
  for (const entry of Object.values(data.people)) {
    const photo = entry.contact.photo
    const bytes = photo ? dataUrlBytes(photo) : null
    const info = bytes ? imageSize(bytes) : null
    const target = info ? shrinkTarget(info) : null
    if (photo && target) targets.set(photo, target)
  }
  return targets
}

/** How many photos `shrinkPhotos` would redraw: for the progress display. */
export function countPhotosToShrink(data: BriefingData): number {
  return photosToShrink(data).size
}

/**
 * The same data with every large or WebP photo redrawn by `shrink` (in the worker: a canvas). A
 * photo that fails to decode is dropped, as the builder drops a photo it cannot embed. The command
 * line skips this step and embeds photos as they are stored.
 */
export async function shrinkPhotos(
  data: BriefingData,
  shrink: PhotoShrinker,
): Promise<BriefingData> {
  const replaced = new Map<string, string | null>()
  for (const [photo, target] of photosToShrink(data))
    replaced.set(photo, await shrink(photo, target))
  if (replaced.size === 0) return data
  const swap = <T extends PersonEntry>(entry: T): T => {
    const photo = entry.contact.photo
    if (photo === null || !replaced.has(photo)) return entry
    return { ...entry, contact: { ...entry.contact, photo: replaced.get(photo) ?? null } }
  }
  return {
    ...data,
    people: Object.fromEntries(Object.entries(data.people).map(([id, p]) => [id, swap(p)])),
    participants: data.participants.map(swap),
    head: data.head && swap(data.head),
    host: data.host && swap(data.host),
  }
}
