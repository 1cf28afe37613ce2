import { describe, expect, it } from 'vitest'
import type { BriefingSnapshotContent } from '../model/briefingSnapshot'
import { scrubNames, scrubSnapshot } from './personErasure'

const item = (title: string, place = 'Rotes Rathaus') => ({
  id: crypto.randomUUID(),
  date: '2026-05-04',
  startTime: '10:00',
  endTime: '11:00',
  timeZone: 'Europe/Berlin',
  place,
  title,
})
const gone = crypto.randomUUID()
const stays = crypto.randomUUID()
const content: BriefingSnapshotContent = {
  asOf: '2026-05-01T08:00:00.000Z',
  items: [item('Gespräch mit Dr. Anna Berg'), item('Empfang', 'Büro von ANNA BERG')],
  people: [
    { id: gone, name: 'Dr. Anna Berg', side: 'delegation', role: 'head' },
    { id: stays, name: 'Carl Vogt', side: 'delegation', role: 'member' },
  ],
}

describe('scrubbing an erased person from a stored briefing version', () => {
  it('drops their entries and replaces their name in titles and places, any case', () => {
    const out = scrubSnapshot(
      content,
      new Set([gone]),
      ['Dr. Anna Berg', 'Anna Berg'],
      '(entfernt)',
    )
    expect(out?.people.map((p) => p.id)).toEqual([stays])
    expect(out?.items.map((i) => i.title)).toEqual(['Gespräch mit (entfernt)', 'Empfang'])
    expect(out?.items[1]?.place).toBe('Büro von (entfernt)')
    expect(JSON.stringify(out)).not.toMatch(/anna berg/i)
  })

  it('leaves a version that never mentioned them alone', () => {
    expect(scrubSnapshot(content, new Set([crypto.randomUUID()]), ['Zoe Lang'], 'x')).toBeNull()
  })

  it('takes the longest spelling first and reads the name literally, not as a pattern', () => {
    expect(scrubNames('Dr. Anna Berg und A.B.', ['Anna Berg', 'Dr. Anna Berg', 'A.B.'], '–')).toBe(
      '– und –',
    )
    expect(scrubNames('AxB', ['A.B'], '–')).toBe('AxB')
  })
})
