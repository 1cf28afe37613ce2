import type { z } from 'zod'
import type { TravelSegment, TravelSegmentInput } from '@shared/model/agenda'
import { travelSegmentInputSchema } from '@shared/model/agenda'
import type { Visit } from '@shared/model/visit'

export type TravelFormValues = Omit<TravelSegmentInput, 'visitId'>

/** The model itself refuses an arrival that is not after the departure, on the arrival field. */
export const travelFormSchema = travelSegmentInputSchema
export type TravelFormOutput = z.output<typeof travelFormSchema>

/**
 * A new segment's zones follow the trip: an incoming delegation travels from its city to the home
 * city, an outgoing one the other way round.
 */
export function emptyTravelForm(options: {
  direction: Visit['direction']
  cityZone: string
  homeZone: string
  date: string
}): TravelFormValues {
  const fromCity = options.direction === 'incoming'
  return {
    mode: 'flight',
    service: '',
    from: '',
    to: '',
    departureLocal: options.date ? `${options.date}T09:00` : '',
    departureZone: fromCity ? options.cityZone : options.homeZone,
    arrivalLocal: '',
    arrivalZone: fromCity ? options.homeZone : options.cityZone,
    bookingReference: '',
    travellerIds: [],
    notes: '',
  }
}

export function travelSegmentToFormValues(segment: TravelSegment): TravelFormValues {
  return {
    mode: segment.mode,
    service: segment.service,
    from: segment.from,
    to: segment.to,
    departureLocal: segment.departureLocal,
    departureZone: segment.departureZone,
    arrivalLocal: segment.arrivalLocal,
    arrivalZone: segment.arrivalZone,
    bookingReference: segment.bookingReference,
    travellerIds: [...segment.travellerIds],
    notes: segment.notes,
  }
}

export function travelFormToInput(values: TravelFormValues, visitId: string): TravelSegmentInput {
  return {
    ...values,
    visitId,
    departureZone: values.departureZone.trim(),
    arrivalZone: values.arrivalZone.trim(),
    travellerIds: [...new Set(values.travellerIds)],
  }
}
