import type { Document } from 'docx'
import { buildBadges } from './badges'
import { buildPlaceCards } from './placeCards'
import type { SeatingDocOptions } from './protocolFrame'
import { buildSeatingChart } from './seatingChart'
import type { SeatingDocData } from './seatingDocData'
import { buildEntranceList, buildKitchenList } from './seatingLists'

export const SEATING_DOCUMENTS = ['chart', 'placeCards', 'badges', 'entrance', 'kitchen'] as const
export type SeatingDocumentKind = (typeof SEATING_DOCUMENTS)[number]

/** The protocol document of a kind, from one plan's data. */
export function buildSeatingDocument(
  kind: SeatingDocumentKind,
  data: SeatingDocData,
  options: SeatingDocOptions,
): Document {
  switch (kind) {
    case 'chart':
      return buildSeatingChart(data, options)
    case 'placeCards':
      return buildPlaceCards(data, options)
    case 'badges':
      return buildBadges(data, options)
    case 'entrance':
      return buildEntranceList(data, options)
    case 'kitchen':
      return buildKitchenList(data, options)
    default: {
      const never: never = kind
      return never
    }
  }
}
