import { describe, expect, it } from 'vitest'
import { seatedDemo } from '@shared/documents/seating/seatingFixtures'
import { unzipDocx } from '@shared/documents/testFixtures'
import { runSeatingJob } from './seatingJob'

const { tables, itemId } = seatedDemo(new Date('2026-11-26T10:00:00Z'))

describe('the seating worker job', () => {
  it('packs the requested document', async () => {
    const reply = await runSeatingJob({ kind: 'entrance', lang: 'en', itemId, tables })
    if (reply.type !== 'done') throw new Error('expected a document')
    expect(unzipDocx(reply.bytes.buffer)['word/document.xml']).toContain('Entrance list')
  })

  it('answers an item without a plan with the message key', async () => {
    const reply = await runSeatingJob({
      kind: 'chart',
      lang: 'de',
      itemId,
      tables: { ...tables, seatingPlans: [] },
    })
    expect(reply).toEqual({
      type: 'failed',
      failure: { messageKey: 'doc.seatingError.noPlan', params: { id: itemId } },
    })
  })
})
