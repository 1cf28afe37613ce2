import type { PhotoShrinker } from '@shared/documents/shrinkPhotos'

/** Good enough for a printed portrait; most come out at 40–80 kB. */
const JPEG_QUALITY = 0.85

function dataUrlToBlob(dataUrl: string): Blob | null {
  const match = /^data:([\w/+.-]+);base64,(.*)$/.exec(dataUrl)
  if (!match?.[1] || match[2] === undefined) return null
  const binary = atob(match[2])
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: match[1] })
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'))
    reader.readAsDataURL(blob)
  })
}

/**
 * Redraws a photo with the browser's own decoder on an OffscreenCanvas (available in workers) and
 * encodes it as JPEG. Used for WebP only: JPEG and PNG go through the pure `shrinkPhotos`, so the
 * command line gives the same bytes. A transparent PNG gets a white ground, as it would have on paper.
 */
export const canvasPhotoShrinker: PhotoShrinker = async (photo, target) => {
  const blob = dataUrlToBlob(photo)
  if (!blob) return null
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(blob, {
      resizeWidth: target.width,
      resizeHeight: target.height,
      resizeQuality: 'high',
    })
  } catch {
    // Not decodable (a damaged file): the builder leaves the photo out.
    return null
  }
  const canvas = new OffscreenCanvas(target.width, target.height)
  const context = canvas.getContext('2d')
  if (!context) return null
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, target.width, target.height)
  context.drawImage(bitmap, 0, 0, target.width, target.height)
  bitmap.close()
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY })
  return blobToDataUrl(jpeg)
}
