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

  it('writes the letters of a visit, one page per counterpart', async () => {
    const visitId = tables.agendaItems.find((i) => i.id === itemId)!.visitId
    const reply = await runSeatingJob({
      kind: 'letters',
      lang: 'en',
      visitId,
      letter: 'thanks',
      now: '2026-12-30T10:00:00Z',
      tables,
    })
    if (reply.type !== 'done') throw new Error('expected letters')
    expect(unzipDocx(reply.bytes.buffer)['word/document.xml']).toContain('Thank you very much')
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
