import { downscaledSize, MAX_STORED_PHOTO_SIDE, type PhotoType } from './photoFile'

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/**
 * A portrait as the data URL to store: at most 512 px on the long side. A small JPEG or PNG stays
 * byte for byte as it was; anything else is drawn on a canvas, PNG as PNG (it may be
 * transparent), JPEG and WebP as JPEG on white, because Word cannot show WebP. Rejects when the
 * browser cannot decode the file.
 */
export async function photoDataUrl(file: Blob, type: PhotoType): Promise<string> {
  const bitmap = await createImageBitmap(file)
  try {
    const small = Math.max(bitmap.width, bitmap.height) <= MAX_STORED_PHOTO_SIDE
    if (small && type !== 'image/webp') return await readAsDataUrl(file)
    const size = downscaledSize(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d canvas')
    const output = type === 'image/png' ? 'image/png' : 'image/jpeg'
    if (output === 'image/jpeg') {
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, size.width, size.height)
    }
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, size.width, size.height)
    return canvas.toDataURL(output, 0.9)
  } finally {
    bitmap.close()
  }
}
