import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '@shared/model/agenda'
import { agendaFormToInput, emptyAgendaForm } from './agendaFormValues'
import { rowToneOf } from './agendaRows'
import { duplicateValues } from './useAgendaActions'

const VISIT = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05'
const ID = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a06'

function item(startTime: string, endTime: string, endDate = '2027-03-04'): AgendaItem {
  const base = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
  return {
    ...agendaFormToInput({ ...base, title: 'Werksbesichtigung', startTime, endTime }, VISIT),
    endDate,
    id: ID,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
  }
}

describe('duplicateValues', () => {
  it('places the copy right after the original, just as long, with everything else kept', () => {
    const copy = duplicateValues(item('09:30', '10:15'))
    expect(copy).toMatchObject({ startTime: '10:15', endTime: '11:00', title: 'Werksbesichtigung' })
    expect(copy.date).toBe('2027-03-04')
  })
  it('keeps the times where the copy would run into the next day', () => {
    expect(duplicateValues(item('21:00', '23:00'))).toMatchObject({
      startTime: '21:00',
      endTime: '23:00',
    })
    expect(duplicateValues(item('22:00', '01:00', '2027-03-05'))).toMatchObject({
      startTime: '22:00',
      endTime: '01:00',
    })
  })
})

describe('rowToneOf', () => {
  const conflict = (severity: 'error' | 'warning'): Parameters<typeof rowToneOf>[0][number] => ({
    key: severity,
    kind: severity === 'error' ? 'personDoubleBooked' : 'tightTransfer',
    severity,
    visitIds: [VISIT],
    itemIds: [ID],
    personIds: [],
    message: { de: '', en: '' },
  })
  it('colours a row by its worst conflict', () => {
    expect(rowToneOf([])).toBeNull()
    expect(rowToneOf([conflict('warning')])).toBe('warning')
    expect(rowToneOf([conflict('warning'), conflict('error')])).toBe('danger')
  })
})
