import type { z } from 'zod'
import { accommodationSchema, agendaItemSchema, travelSegmentSchema } from './agenda'
import { contactSchema } from './contact'
import { followUpSchema, giftSchema } from './gift'
import { organizationSchema } from './organization'
import { partnerCitySchema, programmeSchema } from './partnerCity'
import { settingsSchema } from './settings'
import { participantSchema, visitSchema } from './visit'

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
  visits: visitSchema,
  participants: participantSchema,
  agendaItems: agendaItemSchema,
  travelSegments: travelSegmentSchema,
  accommodations: accommodationSchema,
  gifts: giftSchema,
  followUps: followUpSchema,
} as const

export type TableName = keyof typeof TABLE_SCHEMAS
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[]

export type TableRow<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>

/** All rows of every table, as held in a backup or produced by the demo generator. */
export type DatasetTables = { [T in TableName]: TableRow<T>[] }

export function emptyDataset(): DatasetTables {
  return {
    settings: [],
    partnerCities: [],
    programmes: [],
    organizations: [],
    contacts: [],
    visits: [],
    participants: [],
    agendaItems: [],
    travelSegments: [],
    accommodations: [],
    gifts: [],
    followUps: [],
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
] as const
export type VisitChildTable = (typeof VISIT_CHILD_TABLES)[number]

/** The Dexie schema version the current tables correspond to. */
export const SCHEMA_VERSION = 1
