import { describe, expect, it } from 'vitest'
import { briefingFileName, fileNamePart } from './briefingFileName'

describe('briefingFileName', () => {
  it('names variant, city, first day and language', () => {
    const parts = { cityName: 'Tokio', startDate: '2026-12-22', lang: 'de' } as const
    expect(briefingFileName({ ...parts, variant: 'full' })).toBe(
      'Briefing-Tokio-2026-12-22-de.docx',
    )
    expect(briefingFileName({ ...parts, variant: 'read-ahead' })).toBe(
      'Briefing-Read-ahead-Tokio-2026-12-22-de.docx',
    )
    expect(briefingFileName({ ...parts, variant: 'pocket', personName: 'Dr. Anna Weber' })).toBe(
      'Briefing-Pocket-Tokio-2026-12-22-Dr.-Anna-Weber-de.docx',
    )
  })

  it('keeps letters of every script and drops what file systems refuse', () => {
    expect(fileNamePart('Los Angeles')).toBe('Los-Angeles')
    expect(fileNamePart('東京 / Tōkyō')).toBe('東京-Tōkyō')
    expect(fileNamePart('a<b>c:"d"|e?f*g\\h\u0000i\u001fj')).toBe('a-b-c-d-e-f-g-h-i-j')
    expect(fileNamePart(' ..hidden.. ')).toBe('hidden')
    const name = briefingFileName({
      variant: 'pocket',
      lang: 'en',
      cityName: 'x'.repeat(300),
      startDate: '2027-01-01',
    })
    expect(name.length).toBeLessThanOrEqual(200)
    expect(name).not.toMatch(/[\\/]/)
    expect(name.endsWith('-en.docx')).toBe(true)
  })
})
