import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BRIEFING_SECTIONS } from '@shared/documents/briefingOptions'
import { imageSize } from '@shared/documents/imageSize'
import type { PhotoShrinker } from '@shared/documents/shrinkPhotos'
import {
  dataUrl,
  demoTables,
  pngOf,
  unzipDocx,
  withContactPhotos,
} from '@shared/documents/testFixtures'
import type { DatasetTables } from '@shared/model/tables'
import type { BriefingReply, BriefingRequest } from './briefingProtocol'
import { runBriefingJob } from './briefingJob'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyo = tables.visits[0]
if (!tokyo) throw new Error('the demo data has no visits')

/** Stands in for the canvas (WebP only): a real PNG of the size asked for, and a record of the calls. */
function fakeShrinker(): { shrink: PhotoShrinker; calls: { width: number; height: number }[] } {
  const calls: { width: number; height: number }[] = []
  return {
    calls,
    shrink: async (_photo, target) => {
      calls.push(target)
      return dataUrl(pngOf(target.width, target.height))
    },
  }
}

async function run(
  request: Partial<BriefingRequest> & Pick<BriefingRequest, 'options'>,
  shrink: PhotoShrinker = fakeShrinker().shrink,
): Promise<BriefingReply[]> {
  const replies: BriefingReply[] = []
  await runBriefingJob(
    { tables, visitId: tokyo?.id ?? '', now: NOW.toISOString(), ...request },
    (reply) => replies.push(reply),
    shrink,
  )
  return replies
}

const bytesOf = (replies: BriefingReply[]): Uint8Array => {
  const last = replies.at(-1)
  if (last?.type !== 'done') throw new Error(`no document: ${JSON.stringify(last)}`)
  return last.bytes
}

/** The host contacts of the Tokyo visit, given photos of the shapes asked for. */
function withPhotos(photos: string[]): DatasetTables {
  const hostIds = tables.participants
    .filter((p) => p.visitId === tokyo?.id && p.side === 'host')
    .map((p) => p.contactId)
  const chosen = new Map(hostIds.flatMap((id, i) => (photos[i] ? [[id, photos[i]] as const] : [])))
  return withContactPhotos(tables, chosen)
}

describe('runBriefingJob', () => {
  it('posts loading, each printed section in the book order, packing, then a valid document', async () => {
    const replies = await run({ options: { lang: 'de', variant: 'full' } })
    const steps = replies.flatMap((r) => (r.type === 'progress' ? [r.progress] : []))
    expect(steps[0]).toEqual({ step: 'loading' })
    // The demo visit has no seating plans, so the book leaves that section out.
    expect(steps.flatMap((s) => (s.step === 'section' ? [s.section] : []))).toEqual(
      BRIEFING_SECTIONS.filter((s) => s !== 'seating'),
    )
    expect(steps.at(-1)).toEqual({ step: 'packing' })
    const xml = unzipDocx(bytesOf(replies).slice().buffer)['word/document.xml'] ?? ''
    expect(xml).toContain(tokyo?.title)
  })

  it('counts only the sections asked for', async () => {
    const replies = await run({
      options: { lang: 'en', variant: 'full', sections: ['days', 'cover'] },
    })
    const sections = replies.flatMap((r) =>
      r.type === 'progress' && r.progress.step === 'section' ? [r.progress] : [],
    )
    expect(sections).toEqual([
      { step: 'section', section: 'cover', index: 0, total: 2 },
      { step: 'section', section: 'days', index: 1, total: 2 },
    ])
  })

  it('names a person who is not in the delegation by a translatable key', async () => {
    const stranger = crypto.randomUUID()
    const replies = await run({ options: { lang: 'de', variant: 'pocket', personId: stranger } })
    expect(replies.at(-1)).toEqual({
      type: 'failed',
      failure: { messageKey: 'doc.error.unknownPerson', params: { id: stranger } },
    })
  })

  it('names an unknown visit, and reports an unforeseen error without its raw text', async () => {
    const unknown = await run({ visitId: 'gone', options: { lang: 'de', variant: 'full' } })
    expect(unknown.at(-1)).toEqual({
      type: 'failed',
      failure: { messageKey: 'doc.error.unknownVisit', params: { id: 'gone' } },
    })
    const broken = { ...tables, settings: null } as unknown as DatasetTables
    const failed = await run({ tables: broken, options: { lang: 'de', variant: 'full' } })
    expect(failed.at(-1)).toEqual({ type: 'failed', failure: null })
  })

  it('shrinks large photos itself, has the canvas redraw WebP, and leaves small ones', async () => {
    const { shrink, calls } = fakeShrinker()
    const webp = 'data:image/webp;base64,' + btoa(webpHeader(300, 400))
    const replies = await run(
      {
        tables: withPhotos([dataUrl(pngOf(1200, 900)), webp, dataUrl(pngOf(60, 80))]),
        options: { lang: 'de', variant: 'full', sections: ['biographies'] },
      },
      shrink,
    )
    expect(replies).toContainEqual({ type: 'progress', progress: { step: 'photos', count: 2 } })
    // The large PNG goes through the pure step shared with the command line, not the canvas.
    expect(calls).toEqual([{ width: 300, height: 400 }])
    const files = unzipSync(bytesOf(replies))
    const sizes = Object.entries(files)
      .filter(([name]) => name.startsWith('word/media/'))
      .map(([, bytes]) => imageSize(bytes))
      .map((info) => `${info?.width}x${info?.height}`)
      .sort()
    expect(sizes).toEqual(['300x400', '600x450', '60x80'])
  })
})

/** The first bytes of a lossy WebP of that size: enough for the size reader, not for a decoder. */
function webpHeader(width: number, height: number): string {
  const bytes = new Uint8Array(30)
  bytes.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  )
  bytes.set(
    [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
    8,
  )
  bytes.set([0x9d, 0x01, 0x2a], 23)
  bytes.set([width & 0xff, width >> 8, height & 0xff, height >> 8], 26)
  return String.fromCharCode(...bytes)
}
