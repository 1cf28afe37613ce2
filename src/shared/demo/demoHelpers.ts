import type { AgendaKind } from '../model/agenda'
import type { AddressForm } from '../model/contact'
import type { AgendaSpec } from './demoTypes'

/** An address form from its three parts; the envelope's lines joined by line breaks. */
export function form(
  letterSalutation: string,
  spokenAddress: string,
  envelope: string[],
): AddressForm {
  return { letterSalutation, spokenAddress, envelope: envelope.join('\n') }
}

export const ROTES_RATHAUS = ['Rotes Rathaus', 'Rathausstraße 15', '10178 Berlin']

/** An agenda item spec in one line: day of the visit, wall-clock times, kind and title. */
export function item(
  day: number,
  start: string,
  end: string,
  kind: AgendaKind,
  title: string,
  more: Partial<AgendaSpec> = {},
): AgendaSpec {
  return { day, start, end, kind, title, ...more }
}
