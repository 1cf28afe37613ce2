import { describe, expect, it } from 'vitest'
import { accommodationInputSchema } from '@shared/model/agenda'
import { accommodationFormToInput, emptyAccommodationForm } from './accommodationFormValues'
import { emptyTravelForm, travelFormSchema, travelFormToInput } from './travelFormValues'

const VISIT = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05'

describe('travel form', () => {
  it('sets the zones along the trip: incoming from the city, outgoing to it', () => {
    const base = { cityZone: 'Asia/Tokyo', homeZone: 'Europe/Berlin', date: '2027-03-04' }
    const incoming = emptyTravelForm({ ...base, direction: 'incoming' })
    expect([incoming.departureZone, incoming.arrivalZone]).toEqual(['Asia/Tokyo', 'Europe/Berlin'])
    const outgoing = emptyTravelForm({ ...base, direction: 'outgoing' })
    expect([outgoing.departureZone, outgoing.arrivalZone]).toEqual(['Europe/Berlin', 'Asia/Tokyo'])
    expect(outgoing.departureLocal).toBe('2027-03-04T09:00')
  })

  const flight = {
    ...emptyTravelForm({
      direction: 'outgoing',
      cityZone: 'Asia/Tokyo',
      homeZone: 'Europe/Berlin',
      date: '2027-01-10',
    }),
    from: 'BER',
    to: 'HND',
  }

  it('accepts an arrival that is later once zones are applied', () => {
    const values = {
      ...flight,
      departureLocal: '2027-01-10T13:00',
      arrivalLocal: '2027-01-11T09:10',
    }
    expect(travelFormSchema.safeParse(travelFormToInput(values, VISIT)).success).toBe(true)
  })

  it('refuses an arrival before the departure, on the arrival field', () => {
    // 17:00 in Tokyo is 08:00 UTC, before 10:00 in Berlin (09:00 UTC).
    const values = {
      ...flight,
      departureLocal: '2027-01-10T10:00',
      arrivalLocal: '2027-01-10T17:00',
    }
    const issues = travelFormSchema.safeParse(travelFormToInput(values, VISIT)).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['arrivalLocal', 'v.arrivalBeforeDeparture'],
    ])
  })

  it('names a missing arrival as required, not as a wrong order', () => {
    const issues = travelFormSchema.safeParse(travelFormToInput(flight, VISIT)).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['arrivalLocal', 'v.required'],
    ])
  })
})

describe('accommodation form', () => {
  it('covers the visit by default', () => {
    const values = emptyAccommodationForm({ startDate: '2027-03-04', endDate: '2027-03-07' })
    expect([values.checkIn, values.checkOut]).toEqual(['2027-03-04', '2027-03-07'])
  })

  it('gives a one-day visit one night', () => {
    const values = emptyAccommodationForm({ startDate: '2027-03-31', endDate: '2027-03-31' })
    expect(values.checkOut).toBe('2027-04-01')
    const input = accommodationFormToInput({ ...values, hotel: 'Adlon' }, VISIT)
    expect(accommodationInputSchema.safeParse(input).success).toBe(true)
  })
})
