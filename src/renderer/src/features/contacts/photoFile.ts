/** The picture types a portrait may be: what Word, the briefing worker and the app all show. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoType = (typeof PHOTO_TYPES)[number]

/** The longest side a stored portrait keeps; the briefing's 600 px never has to enlarge it. */
export const MAX_STORED_PHOTO_SIDE = 512
/** Larger files are refused before decoding: a portrait never needs them, and decoding costs. */
export const MAX_PHOTO_FILE_BYTES = 25 * 1024 * 1024

/** The type a file's first bytes show, whatever its name or the type the system reports says. */
export function sniffPhotoType(head: Uint8Array): PhotoType | null {
  const at = (i: number): number => head[i] ?? -1
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg'
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png'
  const ascii = (from: number, to: number): string =>
    String.fromCharCode(...head.subarray(from, to))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return null
}

/** How to name a refused file's type for the user: "GIF", "PDF", else its extension or type. */
export function describeFileType(name: string, reportedType: string): string {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]
  if (extension) return extension.toUpperCase()
  if (reportedType) return reportedType
  return '?'
}

export type PhotoProblem =
  { key: 'contactForm.photoWrongType'; type: string } | { key: 'contactForm.photoTooLarge' }

/** Why a chosen file cannot be the photo, or null when it can be read as one. */
export function photoFileProblem(
  file: { name: string; type: string; size: number },
  head: Uint8Array,
): PhotoProblem | null {
  if (sniffPhotoType(head) === null) {
    return { key: 'contactForm.photoWrongType', type: describeFileType(file.name, file.type) }
  }
  if (file.size > MAX_PHOTO_FILE_BYTES) return { key: 'contactForm.photoTooLarge' }
  return null
}

/** The size a picture is drawn at: at most `max` px on the long side, never enlarged. */
export function downscaledSize(
  width: number,
  height: number,
  max: number = MAX_STORED_PHOTO_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1))
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}
