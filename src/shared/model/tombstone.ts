import { z } from 'zod'
import { idSchema, isoDateTimeSchema } from './common'

/**
 * The tables whose rows can leave a tombstone: every table but the settings row (never deleted)
 * and the tombstones themselves. tables.ts checks at compile time that this list names tables.
 */
export const TOMBSTONED_TABLES = [
  'partnerCities',
  'programmes',
  'organizations',
  'contacts',
  'contactPhotos',
  'visits',
  'participants',
  'agendaItems',
  'travelSegments',
  'accommodations',
  'gifts',
  'followUps',
  'briefingSnapshots',
  'seatingPlans',
] as const
export type TombstonedTable = (typeof TOMBSTONED_TABLES)[number]

export const tombstoneInputSchema = z.object({
  /** The table the row was deleted from. */
  table: z.enum(TOMBSTONED_TABLES),
})

/**
 * What a hard delete leaves behind, so that a merge or a sync knows a row was deleted rather than
 * never seen. The key is the deleted row's own id: row ids are UUIDs, unique across all tables, so
 * one tombstone per row is enough, and a row that is restored from a backup and deleted again
 * overwrites its tombstone with the later `deletedAt` instead of failing on a duplicate key.
 */
export const tombstoneSchema = tombstoneInputSchema.extend({
  id: idSchema,
  deletedAt: isoDateTimeSchema,
})
export type Tombstone = z.infer<typeof tombstoneSchema>
