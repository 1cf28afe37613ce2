import { describe, expect, it } from 'vitest'
import { chooseReportYear, reportFileName } from './reportYear'

describe('chooseReportYear', () => {
  it.each([
    { years: [2027, 2026, 2024], url: '2024', current: 2026, want: 2024 },
    { years: [2027, 2026, 2024], url: '2019', current: 2026, want: 2026 },
    { years: [2027, 2026, 2024], url: 'abc', current: 2026, want: 2026 },
    { years: [2027, 2026, 2024], url: null, current: 2025, want: 2024 },
    { years: [2030, 2029], url: null, current: 2026, want: 2030 },
    { years: [], url: '2026', current: 2026, want: null },
  ])('$years, url $url, now $current → $want', ({ years, url, current, want }) => {
    expect(chooseReportYear(years, url, current)).toBe(want)
  })
})

describe('reportFileName', () => {
  it('puts year and language in a name without path characters', () => {
    expect(reportFileName('Strategy report', 2026, 'en')).toBe('Strategy-report-2026-en.docx')
    expect(reportFileName('A/B: C', 2026, 'de')).toBe('AB-C-2026-de.docx')
  })
})
