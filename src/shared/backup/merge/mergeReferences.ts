import { nextUpdatedAt } from '../../model/stamps'
import { VISIT_CHILD_TABLES } from '../../model/tables'
import type { MergeRow, RowMaps, TombstoneMap } from './mergeTypes'

/**
 * The data layer's reference clean-up (db/referenceCleanup.ts) in pure form, for the rows a merge
 * keeps. It acts only on ids that are *deleted* in the merged data (a tombstone and no row); an id
 * that resolves to nothing and has no tombstone is left as it is, as readers treat it as unknown.
 *
 * Stamps come from the tombstone that caused the change, never from a clock, so the result depends
 * on the merged rows alone and the merge stays commutative: a rewritten row gets
 * nextUpdatedAt(tombstone's deletedAt, its own updatedAt); a row removed in a cascade leaves a
 * tombstone stamped the same way (never older than the row's last change).
 */
export function cleanUpReferences(
  rows: RowMaps,
  tombstones: TombstoneMap,
  deletedCities: ReadonlyMap<string, MergeRow>,
): void {
  keepCitiesInUse(rows, tombstones, deletedCities)
  const goneStamp = (id: string): string | undefined => tombstones.get(id)?.deletedAt
  const isGone = (id: unknown): id is string =>
    typeof id === 'string' && tombstoneWithoutRow(rows, tombstones, id)

  // A visit that is gone takes its children along; a contact that is gone its participant rows.
  for (const table of VISIT_CHILD_TABLES) {
    for (const row of [...rows[table].values()]) {
      if (isGone(row.visitId)) remove(rows[table], tombstones, table, row, goneStamp(row.visitId))
    }
  }
  for (const row of [...rows.participants.values()]) {
    if (isGone(row.contactId)) {
      remove(rows.participants, tombstones, 'participants', row, goneStamp(row.contactId))
    }
  }
  // An agenda item that is gone (on its own or with its visit, just above) takes its plans along.
  for (const row of [...rows.seatingPlans.values()]) {
    if (isGone(row.agendaItemId)) {
      remove(rows.seatingPlans, tombstones, 'seatingPlans', row, goneStamp(row.agendaItemId))
    }
  }

  const edit = (table: keyof RowMaps, change: (row: MergeRow) => Patch | null): void => {
    for (const row of [...rows[table].values()]) {
      const patch = change(row)
      if (patch === null) continue
      const updatedAt = nextUpdatedAt(new Date(patch.stamp), row.updatedAt)
      rows[table].set(row.id, { ...row, ...patch.fields, updatedAt })
    }
  }
  const stampOf = (ids: readonly unknown[]): string | null => {
    const stamps = ids.filter(isGone).map((id) => tombstones.get(id)!.deletedAt)
    return stamps.length === 0 ? null : stamps.sort().at(-1)!
  }
  const clearFields = (fields: readonly string[]) => (row: MergeRow) => {
    const stamp = stampOf(fields.map((field) => row[field]))
    if (stamp === null) return null
    const cleared = fields.filter((field) => isGone(row[field])).map((field) => [field, null])
    return { stamp, fields: Object.fromEntries(cleared) }
  }
  const dropFromList = (field: string) => (row: MergeRow) => {
    const list = row[field]
    if (!Array.isArray(list)) return null // null attendees: the whole delegation, stays so
    const stamp = stampOf(list)
    return stamp === null ? null : { stamp, fields: { [field]: list.filter((id) => !isGone(id)) } }
  }

  // Seats and what the kitchen was told are entries { contactId, … }: a contact gone leaves them.
  const dropEntries = (field: string) => (row: MergeRow) => {
    const list = row[field]
    if (!Array.isArray(list)) return null
    const ids = list.map((entry) => (entry as { contactId?: unknown }).contactId)
    const stamp = stampOf(ids)
    if (stamp === null) return null
    const kept = list.filter((entry) => !isGone((entry as { contactId?: unknown }).contactId))
    return { stamp, fields: { [field]: kept } }
  }

  edit('agendaItems', dropFromList('attendeeIds'))
  edit('agendaItems', dropFromList('counterpartIds'))
  edit('travelSegments', dropFromList('travellerIds'))
  edit('accommodations', dropFromList('guestIds'))
  edit('participants', clearFields(['standsInForId']))
  edit('visits', clearFields(['headOfDelegationId', 'hostId', 'programmeId']))
  edit('gifts', clearFields(['giverId', 'recipientId']))
  edit('contacts', clearFields(['organizationId']))
  edit('seatingPlans', dropEntries('assignments'))
  edit('seatingPlans', dropEntries('kitchenTold'))
  edit('contacts', (row) => {
    const offices = row.furtherOffices
    if (!Array.isArray(offices)) return null
    const stamp = stampOf(
      offices.map((office) => (office as { organizationId?: unknown }).organizationId),
    )
    if (stamp === null) return null
    const kept = offices.map((office: Record<string, unknown>) =>
      isGone(office.organizationId) ? { ...office, organizationId: null } : office,
    )
    return { stamp, fields: { furtherOffices: kept } }
  })
}

type Patch = { stamp: string; fields: Record<string, unknown> }

/**
 * A tombstone and no row of that id in its table. A contact's photo shares the contact's id (schema
 * version 7), so the tombstone of a removed photo names a contact too, which may well live.
 */
function tombstoneWithoutRow(rows: RowMaps, tombstones: TombstoneMap, id: string): boolean {
  const tombstone = tombstones.get(id)
  if (!tombstone) return false
  const tables: string[] =
    tombstone.table === 'contactPhotos' ? ['contactPhotos', 'contacts'] : [tombstone.table]
  return tables.every(
    (name) => !(rows[name as keyof RowMaps] as Map<string, MergeRow> | undefined)?.has(id),
  )
}

function remove(
  table: Map<string, MergeRow>,
  tombstones: TombstoneMap,
  name: string,
  row: MergeRow,
  stamp: string | undefined,
): void {
  table.delete(row.id)
  const deletedAt = nextUpdatedAt(new Date(stamp ?? row.updatedAt), row.updatedAt)
  const earlier = tombstones.get(row.id)
  if (!earlier || earlier.deletedAt < deletedAt) {
    tombstones.set(row.id, { id: row.id, table: name, deletedAt })
  }
}

/**
 * The app refuses to delete a partner city while anything points to it (a visit or programme needs
 * its city). When one copy deleted a city that the other still uses, the city stays: the row comes
 * back from the copy that has it and its tombstone goes, so the merge never leaves a visit without
 * its city. `removed` are the newest versions of the cities that tombstones took out.
 */
function keepCitiesInUse(
  rows: RowMaps,
  tombstones: TombstoneMap,
  removed: ReadonlyMap<string, MergeRow>,
): void {
  if (removed.size === 0) return
  const held = rows.partnerCities
  for (const table of ['programmes', 'visits', 'contacts', 'organizations'] as const) {
    for (const row of rows[table].values()) {
      const cityId = row.cityId
      if (typeof cityId !== 'string' || held.has(cityId)) continue
      const city = removed.get(cityId)
      if (!city) continue
      held.set(cityId, city)
      tombstones.delete(cityId)
    }
  }
}
