import { describe, expect, it } from 'vitest'
import {
  describeFileType,
  downscaledSize,
  MAX_PHOTO_FILE_BYTES,
  photoFileProblem,
  sniffPhotoType,
} from './photoFile'

const bytes = (...values: Array<number | string>): Uint8Array =>
  new Uint8Array(
    values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])),
  )
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0)
const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)
const WEBP = bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')
const GIF = bytes('GIF89a')
const PDF = bytes('%PDF-1.7')

describe('sniffPhotoType', () => {
  it('knows JPEG, PNG and WebP by their bytes and nothing else', () => {
    expect(sniffPhotoType(JPEG)).toBe('image/jpeg')
    expect(sniffPhotoType(PNG)).toBe('image/png')
    expect(sniffPhotoType(WEBP)).toBe('image/webp')
    expect(sniffPhotoType(GIF)).toBeNull()
    expect(sniffPhotoType(PDF)).toBeNull()
    expect(sniffPhotoType(new Uint8Array())).toBeNull()
  })
})

describe('photoFileProblem', () => {
  it('accepts a picture whatever its name says', () => {
    expect(photoFileProblem({ name: 'portrait', type: '', size: 1000 }, JPEG)).toBeNull()
    expect(photoFileProblem({ name: 'a.webp', type: 'image/webp', size: 1000 }, WEBP)).toBeNull()
  })

  it('refuses other files and names their type', () => {
    expect(photoFileProblem({ name: 'anim.gif', type: 'image/gif', size: 10 }, GIF)).toEqual({
      key: 'contactForm.photoWrongType',
      type: 'GIF',
    })
    expect(photoFileProblem({ name: 'cv', type: 'application/pdf', size: 10 }, PDF)).toEqual({
      key: 'contactForm.photoWrongType',
      type: 'application/pdf',
    })
    // A PDF renamed to .jpg is still refused: the bytes decide.
    expect(photoFileProblem({ name: 'cv.jpg', type: 'image/jpeg', size: 10 }, PDF)?.key).toBe(
      'contactForm.photoWrongType',
    )
  })

  it('refuses files too large to be worth decoding', () => {
    const file = { name: 'huge.png', type: 'image/png', size: MAX_PHOTO_FILE_BYTES + 1 }
    expect(photoFileProblem(file, PNG)).toEqual({ key: 'contactForm.photoTooLarge' })
  })

  it('describes an unknown file', () => {
    expect(describeFileType('', '')).toBe('?')
    expect(describeFileType('scan.tiff', 'image/tiff')).toBe('TIFF')
  })
})

describe('downscaledSize', () => {
  it('brings the long side to 512 px and keeps the aspect ratio', () => {
    expect(downscaledSize(2048, 1536)).toEqual({ width: 512, height: 384 })
    expect(downscaledSize(600, 1200)).toEqual({ width: 256, height: 512 })
  })

  it('never enlarges a small picture', () => {
    expect(downscaledSize(300, 400)).toEqual({ width: 300, height: 400 })
    expect(downscaledSize(5000, 1)).toEqual({ width: 512, height: 1 })
  })
})
