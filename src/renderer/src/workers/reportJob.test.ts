import { unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { demoTables } from '@shared/documents/testFixtures'
import { runReportJob } from './reportJob'
import type { ReportReply } from './reportProtocol'

const NOW = '2026-11-26T10:00:00.000Z'

describe('runReportJob', () => {
  it('posts figures, one step per chart and packing, then the DOCX bytes', async () => {
    const replies: ReportReply[] = []
    const tables = demoTables(new Date(NOW))
    await runReportJob({ tables, year: 2026, now: NOW, options: { lang: 'en' } }, (r) =>
      replies.push(r),
    )
    const steps = replies.flatMap((r) => (r.type === 'progress' ? [r.progress] : []))
    expect(steps[0]).toEqual({ step: 'figures' })
    expect(
      steps.filter((s) => s.step === 'charts').map((s) => s.step === 'charts' && s.index),
    ).toEqual([0, 1, 2, 3])
    expect(steps.at(-1)).toEqual({ step: 'packing' })
    const done = replies.at(-1)
    if (done?.type !== 'done') throw new Error(`ended with ${done?.type}`)
    const xml = new TextDecoder().decode(unzipSync(done.bytes)['word/document.xml'])
    expect(xml).toContain('Strategy report 2026')
  })

  it('says it failed, without the raw error, when the data is broken', async () => {
    const replies: ReportReply[] = []
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await runReportJob(
      { tables: { visits: null } as never, year: 2026, now: NOW, options: { lang: 'de' } },
      (r) => replies.push(r),
    )
    expect(replies.at(-1)).toEqual({ type: 'failed' })
    expect(logged).toHaveBeenCalledTimes(1)
    logged.mockRestore()
  })
})
