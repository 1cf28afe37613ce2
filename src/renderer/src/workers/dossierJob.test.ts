import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { DOSSIER_SECTIONS } from '@shared/documents/dossier/dossierOptions'
import { demoTables } from '@shared/documents/testFixtures'
import type { DossierReply } from './dossierProtocol'
import { runDossierJob } from './dossierJob'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyo = tables.partnerCities.find((c) => c.name.en === 'Tokyo')

async function run(cityId: string): Promise<DossierReply[]> {
  const replies: DossierReply[] = []
  await runDossierJob(
    { tables, cityId, now: NOW.toISOString(), options: { lang: 'en' } },
    (reply) => replies.push(reply),
  )
  return replies
}

describe('the dossier worker’s job', () => {
  it('posts loading, every section in order, packing, then the document', async () => {
    const replies = await run(tokyo?.id ?? '')
    const steps = replies.flatMap((r) => (r.type === 'progress' ? [r.progress] : []))
    expect(steps[0]).toEqual({ step: 'loading' })
    expect(steps.flatMap((s) => (s.step === 'section' ? [s.section] : []))).toEqual([
      ...DOSSIER_SECTIONS,
    ])
    expect(steps.at(-1)).toEqual({ step: 'packing' })
    const last = replies.at(-1)
    if (last?.type !== 'done') throw new Error(`no document: ${JSON.stringify(last)}`)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(last.bytes) })
    expect(value).toContain('Partner-city dossier')
    expect(value).toContain('Tokyo')
  })

  it('fails with the unknown city’s message key and id, not a crash', async () => {
    const replies = await run('gone')
    expect(replies.at(-1)).toEqual({
      type: 'failed',
      failure: { messageKey: 'dossier.error.unknownCity', params: { id: 'gone' } },
    })
  })
})
