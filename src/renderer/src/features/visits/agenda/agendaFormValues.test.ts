import { describe, expect, it } from 'vitest'
import { agendaItemInputSchema } from '@shared/model/agenda'
import type { AgendaItem } from '@shared/model/agenda'
import {
  agendaFormToInput,
  agendaItemToFormValues,
  emptyAgendaForm,
  formClock,
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

  it('suggests the day’s last hour after an item that runs past midnight', () => {
    const late = { date: '2027-03-04', endDate: '2027-03-05', startTime: '22:00', endTime: '01:00' }
    expect(suggestSlot([late])).toEqual({ startTime: '23:00', endTime: '23:59' })
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

  it('drops repeated attendees and names a missing title', () => {
    const values = {
      ...emptyAgendaForm({ date: '2027-03-04', timeZone: 'Europe/Berlin' }),
      attendance: 'listed' as const,
      attendeeIds: [P1, P1],
    }
    const input = agendaFormToInput(values, VISIT)
    expect(input.attendeeIds).toEqual([P1])
    const issues = agendaItemInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => i.path.join('.'))).toEqual(['title'])
  })

  it('reads typed times: "930" and "+45" after the start', () => {
    const base = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    const clock = formClock({ ...base, startTime: '930', endTime: '+45' })
    expect(clock).toMatchObject({ startTime: '09:30', endTime: '10:15', endDate: '2027-03-04' })
    const input = agendaFormToInput(
      { ...base, title: 'X', startTime: '14', endTime: '+1h30' },
      VISIT,
    )
    expect(input).toMatchObject({ startTime: '14:00', endTime: '15:30' })
    expect(agendaItemInputSchema.safeParse(input).success).toBe(true)
  })

  it('ends an item on the next day when its end is not after its start', () => {
    const base = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    expect(formClock({ ...base, startTime: '22:00', endTime: '1' })).toMatchObject({
      endTime: '01:00',
      endDate: '2027-03-05',
    })
    expect(formClock({ ...base, startTime: '23:30', endTime: '+45' })).toMatchObject({
      endTime: '00:15',
      endDate: '2027-03-05',
    })
    const input = agendaFormToInput(
      { ...base, title: 'Empfang', startTime: '2200', endTime: '0100' },
      VISIT,
    )
    expect(agendaItemInputSchema.safeParse(input).success).toBe(true)
  })

  it('passes text that is no time on, for the schema to name the field', () => {
    const base = emptyAgendaForm({ date: '2027-03-04', timeZone: 'Asia/Tokyo' })
    const input = agendaFormToInput({ ...base, title: 'X', startTime: '25', endTime: '+45' }, VISIT)
    expect(input).toMatchObject({ startTime: '25', endTime: '+45', endDate: '2027-03-04' })
    const issues = agendaItemInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['endTime', 'startTime'])
  })

  it('keeps the later occurrence only where the zone shows the time twice', () => {
    const base = emptyAgendaForm({ date: '2026-10-25', timeZone: 'Europe/Berlin' })
    const twice = { ...base, startTime: '02:30', endTime: '03:30', startFold: '1' as const }
    expect(formClock(twice)).toMatchObject({ startFold: 1, endFold: 0 })
    expect(formClock({ ...twice, startTime: '01:30' })).toMatchObject({ startFold: 0 })
    const input = agendaFormToInput({ ...twice, title: 'Nachtführung' }, VISIT)
    expect(agendaItemInputSchema.safeParse(input).success).toBe(true)
    // The later 02:30 (UTC+1) back into the form as the later choice.
    const row: AgendaItem = {
      ...input,
      id: P1,
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    }
    expect(agendaItemToFormValues(row)).toMatchObject({ startFold: '1', endFold: '0' })
  })

  it('lets the schema refuse a time the zone skips', () => {
    const base = emptyAgendaForm({ date: '2026-03-29', timeZone: 'Europe/Berlin' })
    const input = agendaFormToInput(
      { ...base, title: 'X', startTime: '0230', endTime: '+60' },
      VISIT,
    )
    const issues = agendaItemInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['startTime', 'v.timeSkipped'],
    ])
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
