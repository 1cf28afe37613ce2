import { describe, expect, it } from 'vitest'
import type { BriefingReply } from './briefingProtocol'
import { runBriefingJob } from './briefingJob'
import { warmUpRequest } from './briefingWarmUp'

describe('warmUpRequest', () => {
  // The worker swallows a failing warm-up, so this is where a broken one shows.
  it('builds a whole book, every section, from the demo data', async () => {
    const replies: BriefingReply[] = []
    await runBriefingJob(
      warmUpRequest(new Date('2026-11-26T10:00:00Z')),
      (r) => replies.push(r),
      async (photo) => photo,
    )
    const last = replies.at(-1)
    expect(last?.type).toBe('done')
    expect(last?.type === 'done' ? last.bytes.byteLength : 0).toBeGreaterThan(10_000)
    const sections = replies.flatMap((r) =>
      r.type === 'progress' && r.progress.step === 'section' ? [r.progress.section] : [],
    )
    expect(sections).toContain('days')
    expect(sections).toContain('biographies')
  })
})
