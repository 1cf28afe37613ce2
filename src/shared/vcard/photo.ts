import type { VProperty } from './contentLines'

const MIME_BY_TYPE: Readonly<Record<string, string>> = {
  JPEG: 'image/jpeg',
  JPG: 'image/jpeg',
  PNG: 'image/png',
  GIF: 'image/gif',
  WEBP: 'image/webp',
}

/** The image type from the first bytes, which are more reliable than what a card's TYPE says. */
function mimeFromBase64(base64: string): string | null {
  if (base64.startsWith('/9j/')) return 'image/jpeg'
  if (base64.startsWith('iVBORw0KGgo')) return 'image/png'
  if (base64.startsWith('R0lGOD')) return 'image/gif'
  if (base64.startsWith('UklGR')) return 'image/webp'
  return null
}

/**
 * A photo as a data URL, from 4.0's data URI or 2.1/3.0's ENCODING=BASE64/b; null for a photo
 * given as a web address (the app makes no network requests) or of an unknown type.
 */
export function photoDataUrl(property: VProperty): string | null {
  if (property.base64 !== null) {
    const type = (property.params.get('TYPE') ?? []).map((t) => t.toUpperCase())
    const declared = type.map((t) => MIME_BY_TYPE[t.replace(/^IMAGE\//, '')]).find(Boolean)
    const mime = mimeFromBase64(property.base64) ?? declared
    return mime ? `data:${mime};base64,${property.base64}` : null
  }
  const uri = property.value.replace(/\s+/g, '')
  const match = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/=]+)$/i.exec(uri)
  const [, declared = '', base64 = ''] = match ?? []
  if (!match) return null
  const mime = mimeFromBase64(base64) ?? declared.toLowerCase()
  return `data:${mime};base64,${base64}`
}

/** "image/jpeg" → "JPEG", for 3.0's TYPE parameter. */
export function photoTypeName(dataUrl: string): string {
  const mime = /^data:image\/([a-z]+);/.exec(dataUrl)?.[1] ?? 'jpeg'
  return mime.toUpperCase()
}
