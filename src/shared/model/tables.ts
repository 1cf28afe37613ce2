import type { z } from 'zod'
import {
  accommodationInputSchema,
  accommodationSchema,
  agendaItemInputSchema,
  agendaItemSchema,
  travelSegmentInputSchema,
  travelSegmentSchema,
} from './agenda'
import { briefingSnapshotInputSchema, briefingSnapshotSchema } from './briefingSnapshot'
import { contactInputSchema, contactSchema } from './contact'
import { contactPhotoInputSchema, contactPhotoSchema } from './contactPhoto'
import { followUpInputSchema, followUpSchema, giftInputSchema, giftSchema } from './gift'
import { organizationInputSchema, organizationSchema } from './organization'
import {
  partnerCityInputSchema,
  partnerCitySchema,
  programmeInputSchema,
  programmeSchema,
} from './partnerCity'
import { seatingPlanInputSchema, seatingPlanSchema } from './seatingPlan'
import { settingsInputSchema, settingsSchema } from './settings'
import {
  TOMBSTONED_TABLES,
  tombstoneInputSchema,
  tombstoneSchema,
  type TombstonedTable,
} from './tombstone'
import { participantInputSchema, participantSchema, visitInputSchema, visitSchema } from './visit'

/**
 * Every stored table and the schema its rows must satisfy. The same names are the IndexedDB
 * object stores and the `payload.tables` keys of a backup file.
 */
export const TABLE_SCHEMAS = {
  settings: settingsSchema,
  partnerCities: partnerCitySchema,
  programmes: programmeSchema,
  organizations: organizationSchema,
  contacts: contactSchema,
  contactPhotos: contactPhotoSchema,
  visits: visitSchema,
  participants: participantSchema,
  agendaItems: agendaItemSchema,
  travelSegments: travelSegmentSchema,
  accommodations: accommodationSchema,
  gifts: giftSchema,
  followUps: followUpSchema,
  briefingSnapshots: briefingSnapshotSchema,
  seatingPlans: seatingPlanSchema,
  tombstones: tombstoneSchema,
} as const

/**
 * What a form or an import supplies for a new row: the entity without id, timestamps, trash
 * marker and demo flag, which the repositories add. Forms validate with these.
 */
export const TABLE_INPUT_SCHEMAS = {
  settings: settingsInputSchema,
  partnerCities: partnerCityInputSchema,
  programmes: programmeInputSchema,
  organizations: organizationInputSchema,
  contacts: contactInputSchema,
  contactPhotos: contactPhotoInputSchema,
  visits: visitInputSchema,
  participants: participantInputSchema,
  agendaItems: agendaItemInputSchema,
  travelSegments: travelSegmentInputSchema,
  accommodations: accommodationInputSchema,
  gifts: giftInputSchema,
  followUps: followUpInputSchema,
  briefingSnapshots: briefingSnapshotInputSchema,
  seatingPlans: seatingPlanInputSchema,
  tombstones: tombstoneInputSchema,
} as const

export type TableName = keyof typeof TABLE_SCHEMAS
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[]

export type TableRow<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>
export type TableInput<T extends TableName> = z.infer<(typeof TABLE_INPUT_SCHEMAS)[T]>

/** All rows of every table, as held in a backup or produced by the demo generator. */
export type DatasetTables = { [T in TableName]: TableRow<T>[] }

export function emptyDataset(): DatasetTables {
  return {
    settings: [],
    partnerCities: [],
    programmes: [],
    organizations: [],
    contacts: [],
    contactPhotos: [],
    visits: [],
    participants: [],
    agendaItems: [],
    travelSegments: [],
    accommodations: [],
    gifts: [],
    followUps: [],
    briefingSnapshots: [],
    seatingPlans: [],
    tombstones: [],
  }
}

/** Tables whose rows go to the trash before they are gone. */
export const TRASHABLE_TABLES = ['contacts', 'organizations', 'visits'] as const
export type TrashableTable = (typeof TRASHABLE_TABLES)[number]

/** Rows that belong to a visit and leave with it. */
export const VISIT_CHILD_TABLES = [
  'participants',
  'agendaItems',
  'travelSegments',
  'accommodations',
  'gifts',
  'followUps',
  'briefingSnapshots',
  'seatingPlans',
] as const
export type VisitChildTable = (typeof VISIT_CHILD_TABLES)[number]

// Every table but settings and the tombstones themselves can leave a tombstone; a new table that
// is missing from TOMBSTONED_TABLES fails to compile here.
type Untombstoned = Exclude<TableName, TombstonedTable>
const tombstoneCoverage: [Untombstoned] extends ['settings' | 'tombstones']
  ? readonly TableName[]
  : never = TOMBSTONED_TABLES
void tombstoneCoverage

/** The Dexie schema version the current tables correspond to. */
export const SCHEMA_VERSION = 7
