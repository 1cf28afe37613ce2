import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { describe, expect, it } from 'vitest'
import { packDocx } from './packDocx'
import { pngOf } from './testFixtures'

function documentWithPhoto(): Document {
  const photo = pngOf(120, 150)
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Biografie')] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: photo,
                transformation: { width: 90, height: 120 },
              }),
            ],
          }),
        ],
      },
    ],
  })
}

/** Every entry of the zip in its order, with how it is stored. */
function entries(bytes: Uint8Array): UnzipFileInfo[] {
  const seen: UnzipFileInfo[] = []
  unzipSync(bytes, {
    filter: (info) => {
      seen.push(info)
      return false
    },
  })
  return seen
}

describe('packDocx', () => {
  it('writes the parts docx writes, byte for byte and in its order', async () => {
    const document = documentWithPhoto()
    const ours = await packDocx(document)
    const theirs = new Uint8Array(await Packer.toArrayBuffer(document))
    expect(entries(ours).map((e) => e.name)).toEqual(entries(theirs).map((e) => e.name))
    expect(unzipSync(ours)).toEqual(unzipSync(theirs))
  })

  it('stores the photo as it is and deflates the XML', async () => {
    const stored = entries(await packDocx(documentWithPhoto()))
    const photo = stored.find((e) => e.name.startsWith('word/media/'))
    expect(photo).toMatchObject({ compression: 0 })
    expect(photo?.size).toBe(photo?.originalSize)
    expect(stored.find((e) => e.name === 'word/document.xml')).toMatchObject({ compression: 8 })
  })
})
