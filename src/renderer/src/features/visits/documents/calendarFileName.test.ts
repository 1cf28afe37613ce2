import { describe, expect, it } from 'vitest'
import { calendarFileName } from './calendarFileName'

describe('calendarFileName', () => {
  it('names the whole programme by city, first day and language', () => {
    expect(
      calendarFileName({
        prefix: 'Kalender',
        lang: 'de',
        cityName: 'Tokio',
        startDate: '2026-12-17',
      }),
    ).toBe('Kalender-Tokio-2026-12-17-de.ics')
  })

  it('adds the person, keeps letters of any script and drops what file systems refuse', () => {
    expect(
      calendarFileName({
        prefix: 'Calendar',
        lang: 'en',
        cityName: 'Mexico City',
        startDate: '2027-03-01',
        personName: 'Dr. 佐藤 / "Ana" Núñez',
      }),
    ).toBe('Calendar-Mexico-City-2027-03-01-Dr.-佐藤-Ana-Núñez-en.ics')
  })

  it('stays within the save dialog’s name limit', () => {
    const name = calendarFileName({
      prefix: 'Kalender',
      lang: 'de',
      cityName: 'x'.repeat(300),
      startDate: '2026-01-01',
    })
    expect(name.length).toBeLessThanOrEqual(200)
    expect(name.endsWith('-de.ics')).toBe(true)
  })
})
