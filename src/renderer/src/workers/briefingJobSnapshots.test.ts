import { describe, expect, it } from 'vitest'
import { briefingSnapshot } from '@shared/documents/briefingChanges'
import { loadBriefingData } from '@shared/documents/briefingData'
import { demoTables, paragraphsOf, unzipDocx } from '@shared/documents/testFixtures'
import { translator } from '@shared/i18n'
import type { BriefingSnapshot } from '@shared/model/briefingSnapshot'
import type { BriefingOptions } from '@shared/documents/briefingOptions'
import type { DatasetTables } from '@shared/model/tables'
import type { BriefingReply } from './briefingProtocol'
import { runBriefingJob } from './briefingJob'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyoId = tables.visits[0]?.id ?? ''
const current = briefingSnapshot(loadBriefingData(tables, tokyoId, NOW))
const t = translator('en')

function snapshotRow(variant: BriefingSnapshot['variant'], at: string): BriefingSnapshot {
  return {
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    visitId: tokyoId,
    variant,
    // The earlier version knew one person fewer.
    snapshot: { ...current, asOf: at, people: current.people.slice(1) },
  }
}

async function done(
  briefingSnapshots: BriefingSnapshot[],
  options: BriefingOptions,
): Promise<Extract<BriefingReply, { type: 'done' }>> {
  const replies: BriefingReply[] = []
  const withSnapshots: DatasetTables = { ...tables, briefingSnapshots }
  await runBriefingJob(
    { tables: withSnapshots, visitId: tokyoId, now: NOW.toISOString(), options },
    (reply) => replies.push(reply),
    async (photo) => photo,
  )
  const last = replies.at(-1)
  if (last?.type !== 'done') throw new Error(`no document: ${JSON.stringify(last)}`)
  return last
}

const texts = (reply: { bytes: Uint8Array }): string[] =>
  paragraphsOf(unzipDocx(reply.bytes.slice().buffer)['word/document.xml'] ?? '').map((p) =>
    p.text.replaceAll('\u200B', ''),
  )

describe('the briefing job and the snapshots of earlier briefings', () => {
  it('returns the snapshot of what the new document says, to store after saving', async () => {
    const reply = await done([], { lang: 'en', variant: 'full', sections: ['overview'] })
    expect(reply.snapshot).toEqual(current)
    expect(texts(reply)).not.toContain(t('doc.changes.title'))
  })

  it('compares the full book with the latest full one of the visit', async () => {
    const reply = await done(
      [
        snapshotRow('full', '2026-11-20T08:00:00.000Z'),
        { ...snapshotRow('full', '2026-11-24T08:00:00.000Z'), snapshot: current },
        snapshotRow('pocket', '2026-11-25T08:00:00.000Z'),
      ],
      { lang: 'en', variant: 'full', sections: ['overview'] },
    )
    // The latest full book already had everyone; the pocket programme after it does not count.
    const all = texts(reply)
    expect(all).toContain(t('doc.changes.title'))
    expect(all.some((x) => x.startsWith('No changes since'))).toBe(true)
  })

  it('lists the person added since the last full book', async () => {
    const reply = await done([snapshotRow('full', '2026-11-20T08:00:00.000Z')], {
      lang: 'en',
      variant: 'full',
      sections: ['overview'],
    })
    const all = texts(reply)
    expect(all).toContain(t('doc.changes.addedPeople', { count: 1 }))
    expect(all).toContain(current.people[0]?.name)
  })

  it('gives the read-ahead no page of changes', async () => {
    const reply = await done([snapshotRow('read-ahead', '2026-11-20T08:00:00.000Z')], {
      lang: 'en',
      variant: 'read-ahead',
    })
    expect(texts(reply)).not.toContain(t('doc.changes.title'))
  })
})
