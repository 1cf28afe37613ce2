import { addDaysToDate } from '@shared/dates'
import type { Accommodation, AccommodationInput } from '@shared/model/agenda'
import type { Visit } from '@shared/model/visit'

export type AccommodationFormValues = Omit<AccommodationInput, 'visitId'>

/** A new stay covers the visit; a one-day visit still needs one night. */
export function emptyAccommodationForm(
  visit: Pick<Visit, 'startDate' | 'endDate'>,
): AccommodationFormValues {
  const checkOut =
    visit.endDate > visit.startDate ? visit.endDate : addDaysToDate(visit.startDate, 1)
  return {
    hotel: '',
    address: '',
    phone: '',
    checkIn: visit.startDate,
    checkOut,
    bookingReference: '',
    guestIds: [],
    notes: '',
  }
}

export function accommodationToFormValues(stay: Accommodation): AccommodationFormValues {
  return {
    hotel: stay.hotel,
    address: stay.address,
    phone: stay.phone,
    checkIn: stay.checkIn,
    checkOut: stay.checkOut,
    bookingReference: stay.bookingReference,
    guestIds: [...stay.guestIds],
    notes: stay.notes,
  }
}

export function accommodationFormToInput(
  values: AccommodationFormValues,
  visitId: string,
): AccommodationInput {
  return { ...values, visitId, guestIds: [...new Set(values.guestIds)] }
}
