export { buildBadges } from './badges'
export { buildPlaceCards } from './placeCards'
export { buildSeatingChart, tableBlocks } from './seatingChart'
export { buildEntranceList, buildKitchenList } from './seatingLists'
export type { SeatingDocOptions } from './protocolFrame'
export {
  addressedName,
  loadSeatingDocData,
  SeatingDataError,
  type SeatedPerson,
  type SeatingDocData,
} from './seatingDocData'
export {
  SEATING_DOCUMENTS,
  buildSeatingDocument,
  type SeatingDocumentKind,
} from './seatingDocuments'
