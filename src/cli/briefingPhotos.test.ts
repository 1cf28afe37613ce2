import { unzipSync } from 'fflate'
import { encode as encodePng } from 'fast-png'
import { encode as encodeJpeg } from 'jpeg-js'
import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { imageSize } from '@shared/documents/imageSize'
import { withContactPhotos } from '@shared/documents/testFixtures'
import type { DatasetTables } from '@shared/model/tables'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo } from './testIo'

type Reply = { type: 'progress' } | { type: 'done'; bytes: Uint8Array } | { type: 'failed' }
type RunJob = (
  request: { tables: DatasetTables; visitId: string; now: string; options: object },
  post: (reply: Reply) => void,
  shrinkWebp: (photo: string) => Promise<string | null>,
) => Promise<void>

/**
 * The app's worker job, loaded by a path the compiler does not follow: the Node project may not
 * include renderer files, yet this test must run the worker's code, not a copy of it.
 */
async function workerJob(): Promise<RunJob> {
  const path = '@renderer/workers/briefingJob'
  const module = (await import(/* @vite-ignore */ path)) as { runBriefingJob: RunJob }
  return module.runBriefingJob
}

const now = new Date('2026-02-01T12:00:00.000Z')
const sample = buildSampleTables(now)
const visit = sample.visits[0]
if (!visit) throw new Error('the demo has visits')

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Real pixels with a gradient, large enough to be shrunk. */
function gradient(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < data.length; i += 4) {
    const x = (i / 4) % width
    data.set([(x * 255) / width, ((i / 4 / width) * 255) / height, 90, 255], i)
  }
  return data
}

function bigJpeg(): string {
  const [width, height] = [1600, 1200]
  const data = gradient(width, height)
  return `data:image/jpeg;base64,${base64(new Uint8Array(encodeJpeg({ width, height, data }, 90).data))}`
}

function bigPng(): string {
  const [width, height] = [900, 1200]
  const data = gradient(width, height)
  return `data:image/png;base64,${base64(encodePng({ width, height, data, channels: 4 }))}`
}

/** The visit's participants, given a large JPEG, a large PNG and a WebP (which only the app reads). */
function withPhotos(): DatasetTables {
  const ids = sample.participants.filter((p) => p.visitId === visit?.id).map((p) => p.contactId)
  const webp = `data:image/webp;base64,${base64(webpHeader(300, 400))}`
  const photos = [bigJpeg(), bigPng(), webp]
  const chosen = new Map(
    ids.flatMap((id, i) => (photos[i] !== undefined ? [[id, photos[i]] as const] : [])),
  )
  return withContactPhotos(sample, chosen)
}

/** The word/media images of a .docx, by content, sorted: names may differ, bytes may not. */
function media(file: Uint8Array): string[] {
  return Object.entries(unzipSync(file))
    .filter(([name]) => name.startsWith('word/media/'))
    .map(([, bytes]) => base64(bytes))
    .sort()
}

describe('photos in the app and on the command line', () => {
  it('gives byte-identical JPEG and PNG images; the CLI leaves WebP out and says so', async () => {
    const tables = withPhotos()
    const options = { lang: 'de', variant: 'full', sections: ['biographies'] } as const
    const replies: Reply[] = []
    const canvas = async (): Promise<string | null> => null
    const runBriefingJob = await workerJob()
    await runBriefingJob(
      { tables, visitId: visit?.id ?? '', now: now.toISOString(), options },
      (reply) => replies.push(reply),
      canvas,
    )
    const done = replies.at(-1)
    if (done?.type !== 'done') throw new Error(`no document: ${JSON.stringify(done)}`)

    const backup = serializeBackup(await createBackup(tables, { appVersion: '1.0.0', now }))
    const io = fakeIo({ 'b.json': backup })
    io.now = () => now
    const argv = ['briefing', 'b.json', '--visit', visit?.id ?? '', '--lang', 'de']
    const exit = await runCli([...argv, '--sections', 'biographies', '--out', 'x.docx'], io, {
      buildSampleTables,
    })
    expect(io.err).toEqual([])
    expect(exit).toBe(0)
    const file = io.binaries.get('x.docx')
    if (!file) throw new Error('the CLI wrote no document')

    const images = media(done.bytes)
    expect(images.length).toBeGreaterThan(0)
    expect(media(file)).toEqual(images)
    const sizes = Object.entries(unzipSync(file))
      .filter(([name]) => name.startsWith('word/media/'))
      .map(([, bytes]) => imageSize(bytes))
    expect(sizes).toContainEqual({ format: 'jpg', width: 600, height: 450 })
    expect(sizes).toContainEqual({ format: 'jpg', width: 450, height: 600 })
    expect(io.out.at(-1)).toBe(
      '1 Foto im WebP-Format nicht aufgenommen: Die Kommandozeile kann WebP nicht umwandeln; die App kann es.',
    )
  })

  it('says nothing about WebP when the document shows no photos', async () => {
    const backup = serializeBackup(await createBackup(withPhotos(), { appVersion: '1.0.0', now }))
    const io = fakeIo({ 'b.json': backup })
    io.now = () => now
    const argv = ['briefing', 'b.json', '--visit', visit?.id ?? '', '--lang', 'en']
    const exit = await runCli([...argv, '--sections', 'cover', '--out', 'x.docx'], io, {
      buildSampleTables,
    })
    expect(exit).toBe(0)
    expect(io.out).toHaveLength(1)
    expect(io.out[0]).toMatch(/^Wrote x\.docx/)
  })
})

/** The first bytes of a lossy WebP of that size: enough for the size reader, not for a decoder. */
function webpHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(30)
  bytes.set(
    [...'RIFFxxxxWEBPVP8 '].map((c) => c.charCodeAt(0)),
    0,
  )
  bytes.set([0x9d, 0x01, 0x2a], 23)
  bytes.set([width & 0xff, width >> 8, height & 0xff, height >> 8], 26)
  return bytes
}
