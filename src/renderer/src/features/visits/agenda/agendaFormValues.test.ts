import { describe, expect, it } from 'vitest'
import { agendaItemInputSchema } from '@shared/model/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import {
  agendaFormToInput,
  agendaItemToFormValues,
  emptyAgendaForm,
  suggestSlot,
} from './agendaFormValues'

const VISIT = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05'
const P1 = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a06'

describe('agenda form converters', () => {
  it('suggests nine o’clock on an empty day', () => {
    expect(suggestSlot([])).toEqual({ startTime: '09:00', endTime: '10:00' })
  })

  it('suggests the hour after the day’s last item', () => {
    const day = [
      { startTime: '14:00', endTime: '15:30' },
      { startTime: '09:00', endTime: '10:00' },
    ]
    expect(suggestSlot(day)).toEqual({ startTime: '15:30', endTime: '16:30' })
  })

  it('never suggests a slot past midnight', () => {
    expect(suggestSlot([{ startTime: '22:00', endTime: '23:45' }])).toEqual({
      startTime: '23:00',
      endTime: '23:59',
    })
  })

  it('defaults the zone to the one given (the visit city’s) and validates once titled', () => {
    const values = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    expect(values.timeZone).toBe('Asia/Tokyo')
    const input = agendaFormToInput({ ...values, title: 'Empfang' }, VISIT)
    expect(agendaItemInputSchema.safeParse(input).success).toBe(true)
  })

  it('drops repeated attendees and names a missing title and reversed times', () => {
    const values = {
      ...emptyAgendaForm({ date: '2027-03-04', timeZone: 'Europe/Berlin' }),
      startTime: '11:00',
      endTime: '10:00',
      attendance: 'listed' as const,
      attendeeIds: [P1, P1],
    }
    const input = agendaFormToInput(values, VISIT)
    expect(input.attendeeIds).toEqual([P1])
    const issues = agendaItemInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => i.path.join('.'))).toContain('title')
  })

  it('starts a new item for the whole delegation, stored as null', () => {
    const values = { ...emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' }) }
    expect(values.attendance).toBe('everyone')
    expect(agendaFormToInput({ ...values, title: 'Empfang' }, VISIT).attendeeIds).toBeNull()
  })

  it('keeps "listed" with nobody picked as an empty list, never as everyone', () => {
    const values = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    const input = agendaFormToInput(
      { ...values, title: 'Vorgespräch', attendance: 'listed' },
      VISIT,
    )
    expect(input.attendeeIds).toEqual([])
    expect(agendaItemInputSchema.safeParse(input).success).toBe(true)
  })

  it('forgets picks hidden behind "whole delegation" when saving', () => {
    const values = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    const input = agendaFormToInput({ ...values, title: 'Empfang', attendeeIds: [P1] }, VISIT)
    expect(input.attendeeIds).toBeNull()
  })

  it('reads null, an empty list and a list back into the form', () => {
    const base = { ...emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' }) }
    const row = (attendeeIds: string[] | null): AgendaItem => ({
      ...agendaFormToInput({ ...base, title: 'X' }, VISIT),
      attendeeIds,
      id: P1,
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    })
    expect(agendaItemToFormValues(row(null))).toMatchObject({
      attendance: 'everyone',
      attendeeIds: [],
    })
    expect(agendaItemToFormValues(row([]))).toMatchObject({ attendance: 'listed', attendeeIds: [] })
    expect(agendaItemToFormValues(row([P1]))).toMatchObject({
      attendance: 'listed',
      attendeeIds: [P1],
    })
  })

  it('round-trips the briefing fields, press access "not decided" as null', () => {
    const base = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    expect(base.pressAccess).toBe('')
    expect(agendaFormToInput({ ...base, title: 'X' }, VISIT).pressAccess).toBeNull()
    const stored: AgendaItem = {
      ...agendaFormToInput({ ...base, title: 'Gespräch mit der Gouverneurin' }, VISIT),
      desiredOutcome: 'Zusage zur Fortführung der Partnerschaft',
      pointsToMake: 'Arbeitsprogramm 2027–2031',
      defensiveLines: 'Falls angesprochen – Olympia: Berlin prüft ergebnisoffen.',
      pressAccess: 'photoOpportunity',
      vehicle: 'Wagen 1: Bürgermeisterin',
      seatingNote: 'U-Form',
      id: P1,
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    }
    const values = agendaItemToFormValues(stored)
    expect(values.pressAccess).toBe('photoOpportunity')
    const { id: _id, createdAt: _c, updatedAt: _u, ...expected } = stored
    const input = agendaFormToInput(values, VISIT)
    expect(input).toEqual(expected)
    expect(agendaItemInputSchema.safeParse(input).success).toBe(true)
  })

  it('names a vehicle note that is too long', () => {
    const values = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    const input = agendaFormToInput({ ...values, title: 'X', vehicle: 'W'.repeat(201) }, VISIT)
    const issues = agendaItemInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['vehicle', 'too_big']])
  })
})
