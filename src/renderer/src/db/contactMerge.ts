import { planContactMerge, type MergePlan } from '@shared/domain/contactMerge'
import { nextUpdatedAt } from '@shared/model/stamps'
import type { TableName, TableRow } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { RowNotFoundError } from './errors'
import { recordTombstones } from './tombstones'
import { validateRow } from './validateRow'

const MERGE_TABLES = [
  'contacts',
  'contactPhotos',
  'participants',
  'agendaItems',
  'travelSegments',
  'accommodations',
  'gifts',
  'visits',
  'tombstones',
] as const satisfies readonly TableName[]
type MergeTable = Exclude<(typeof MERGE_TABLES)[number], 'tombstones'>
type AnyRow = { id: string; updatedAt: string }

/** What undoing a merge needs: every row as it was before, and the stamps the merge wrote. */
export interface MergeUndo {
  keptId: string
  removedId: string
  /** Rows as they were before the merge, per table (changed and deleted ones). */
  before: Partial<Record<MergeTable, AnyRow[]>>
  /** Ids the merge deleted (and left tombstones for). */
  deletedIds: string[]
  /** The photo row the merge gave the kept contact (it had none, the other one had), if any. */
  createdPhotoId?: string
  /** The stamp the merge wrote per row: a row changed since then is not overwritten by an undo. */
  written: { table: MergeTable; id: string; updatedAt: string }[]
}

export type UndoResult = { ok: true } | { ok: false; changedIds: string[] }

async function readInput(db: AppDB, keepId: string, removeId: string) {
  const [keep, remove] = await Promise.all([db.contacts.get(keepId), db.contacts.get(removeId)])
  if (!keep) throw new RowNotFoundError('contacts', keepId)
  if (!remove) throw new RowNotFoundError('contacts', removeId)
  const involved = await db.participants.where('contactId').anyOf(keepId, removeId).toArray()
  const deputies = await db.participants.filter((p) => p.standsInForId === removeId).toArray()
  const visitIds = [...new Set(involved.map((p) => p.visitId))]
  const byVisit = <N extends 'agendaItems' | 'travelSegments' | 'accommodations'>(name: N) =>
    db.tableOf(name).where('visitId').anyOf(visitIds).toArray() as Promise<TableRow<N>[]>
  const counterpartOf = await db.agendaItems.where('counterpartIds').equals(removeId).toArray()
  const agenda = new Map(
    [...(await byVisit('agendaItems')), ...counterpartOf].map((a) => [a.id, a]),
  )
  const [keepPhoto, removePhoto] = await db.contactPhotos.bulkGet([keepId, removeId])
  return {
    keep,
    remove,
    keepPhoto,
    removePhoto,
    participants: [...new Map([...involved, ...deputies].map((p) => [p.id, p])).values()],
    agendaItems: [...agenda.values()],
    travelSegments: await byVisit('travelSegments'),
    accommodations: await byVisit('accommodations'),
    gifts: await db.gifts
      .filter((g) => g.giverId === removeId || g.recipientId === removeId)
      .toArray(),
    visits: await db.visits
      .filter((v) => v.headOfDelegationId === removeId || v.hostId === removeId)
      .toArray(),
  }
}

function planRows(plan: MergePlan): [MergeTable, AnyRow[]][] {
  return [
    ['contacts', [plan.contact]],
    ['participants', plan.participants],
    ['agendaItems', plan.agendaItems],
    ['travelSegments', plan.travelSegments],
    ['accommodations', plan.accommodations],
    ['gifts', plan.gifts],
    ['visits', plan.visits],
  ]
}

/**
 * The kept contact keeps its photo; one without takes the other's. The other contact's photo row
 * goes with it (its tombstone is the contact's: they share the id).
 */
async function mergePhotos(
  db: AppDB,
  input: Awaited<ReturnType<typeof readInput>>,
  undo: MergeUndo,
  stamp: string,
): Promise<void> {
  const { keepPhoto, removePhoto } = input
  if (!removePhoto) return
  undo.before.contactPhotos = [removePhoto]
  await db.contactPhotos.delete(removePhoto.id)
  if (keepPhoto) return
  const kept = undo.written.find((w) => w.table === 'contacts' && w.id === input.keep.id)
  const updatedAt = kept?.updatedAt ?? stamp
  const row = validateRow('contactPhotos', {
    ...removePhoto,
    id: input.keep.id,
    updatedAt,
    demo: input.keep.demo,
  })
  await db.contactPhotos.put(row)
  undo.written.push({ table: 'contactPhotos', id: row.id, updatedAt })
  undo.createdPhotoId = row.id
}

/**
 * Merges `removeId` into `keepId` in one transaction: every reference moves to the kept contact
 * (see planContactMerge), the other contact and doubled participant rows are deleted with
 * tombstones. Returns what an undo needs.
 */
export async function mergeContacts(
  db: AppDB,
  keepId: string,
  removeId: string,
  clock: Clock,
): Promise<MergeUndo> {
  if (keepId === removeId) throw new Error('a contact cannot be merged into itself')
  return db.transaction('rw', MERGE_TABLES, async () => {
    const input = await readInput(db, keepId, removeId)
    const plan = planContactMerge(input)
    const now = clock()
    const stamp = now.toISOString()
    const read: AnyRow[] = [
      input.keep,
      input.remove,
      ...input.participants,
      ...input.agendaItems,
      ...input.travelSegments,
      ...input.accommodations,
      ...input.gifts,
      ...input.visits,
    ]
    const previous = new Map(read.map((row) => [row.id, row]))
    const undo: MergeUndo = {
      keptId: keepId,
      removedId: removeId,
      before: {},
      deletedIds: [],
      written: [],
    }
    for (const [table, rows] of planRows(plan)) {
      const stamped = rows.map((row) => {
        const updatedAt = nextUpdatedAt(now, previous.get(row.id)?.updatedAt ?? stamp)
        undo.written.push({ table, id: row.id, updatedAt })
        return validateRow(table, { ...row, updatedAt }) as AnyRow
      })
      if (stamped.length === 0) continue
      undo.before[table] = stamped.flatMap((row) => previous.get(row.id) ?? [])
      await db.table(table).bulkPut(stamped)
    }
    const goneParticipants = plan.deletedParticipantIds.flatMap((id) => previous.get(id) ?? [])
    undo.before.participants = [...(undo.before.participants ?? []), ...goneParticipants]
    undo.before.contacts = [...(undo.before.contacts ?? []), input.remove]
    await db.participants.bulkDelete(plan.deletedParticipantIds)
    await db.contacts.delete(removeId)
    await recordTombstones(db, 'participants', plan.deletedParticipantIds, stamp)
    await recordTombstones(db, 'contacts', [removeId], stamp)
    undo.deletedIds = [removeId, ...plan.deletedParticipantIds]
    await mergePhotos(db, input, undo, stamp)
    return undo
  })
}

/**
 * Puts every row back as it was before the merge, with fresh stamps so that a later backup merge
 * sees the undo as the newest change, and drops the merge's tombstones. Refused, changing
 * nothing, when a row the merge wrote has been edited since.
 */
export async function undoContactMerge(
  db: AppDB,
  undo: MergeUndo,
  clock: Clock,
): Promise<UndoResult> {
  return db.transaction('rw', MERGE_TABLES, async () => {
    const changedIds: string[] = []
    for (const { table, id, updatedAt } of undo.written) {
      const row = (await db.table(table).get(id)) as AnyRow | undefined
      if (!row || row.updatedAt !== updatedAt) changedIds.push(id)
    }
    // A deleted row that is back (a restore, an import) must not be overwritten either.
    const back = await db.contacts.get(undo.removedId)
    if (back) changedIds.push(undo.removedId)
    if (changedIds.length > 0) return { ok: false, changedIds }
    const now = clock()
    for (const [table, rows] of Object.entries(undo.before) as [MergeTable, AnyRow[]][]) {
      const current = await db.table(table).bulkGet(rows.map((r) => r.id))
      const restored = rows.map((row, i) => {
        const seen = (current[i] as AnyRow | undefined)?.updatedAt ?? row.updatedAt
        return validateRow(table, { ...row, updatedAt: nextUpdatedAt(now, seen) })
      })
      await db.table(table).bulkPut(restored)
    }
    await db.tombstones.bulkDelete(undo.deletedIds)
    // No tombstone: it would share the kept contact's id and outrank the contact in a merge.
    if (undo.createdPhotoId !== undefined) await db.contactPhotos.delete(undo.createdPhotoId)
    return { ok: true }
  })
}
