import { describe, expect, it } from 'vitest'
import { dossierFileName } from './dossierFileName'

describe('dossierFileName', () => {
  it('names the city, the day and the language, in a form every disk takes', () => {
    expect(dossierFileName({ cityName: 'Tokio', date: '2026-12-02', lang: 'de' })).toBe(
      'Dossier-Tokio-2026-12-02-de.docx',
    )
    expect(dossierFileName({ cityName: 'Mexico City', date: '2026-12-02', lang: 'en' })).toBe(
      'Dossier-Mexico-City-2026-12-02-en.docx',
    )
    expect(dossierFileName({ cityName: 'a/b:c?', date: '2026-12-02', lang: 'en' })).toBe(
      'Dossier-a-b-c-2026-12-02-en.docx',
    )
  })
})
