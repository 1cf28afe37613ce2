import type { ImportChanges } from '@shared/contactImport'
import type { AppDB } from './AppDB'
import { validateRow } from './validateRow'

/** What an import wrote, for the message after it. */
export type ContactImportResult = { added: number; merged: number; organizations: number }

/** A contact to be merged changed (or went) after the preview was made; nothing was written. */
export class ImportOutdatedError extends Error {
  readonly messageKey = 'db.importOutdated'
  readonly id: string

  constructor(id: string) {
    super(`contact ${id} changed after the import preview`)
    this.name = 'ImportOutdatedError'
    this.id = id
  }

  get params(): Record<string, string> {
    return { id: this.id }
  }
}

/**
 * Writes an import's rows in one transaction: every row is validated again, a merged contact must
 * still be as the preview saw it, and any failure (a row refused, an id taken) writes nothing.
 */
export async function writeContactImport(
  db: AppDB,
  changes: ImportChanges,
  seenUpdatedAt: ReadonlyMap<string, string>,
): Promise<ContactImportResult> {
  const organizations = changes.organizations.map((row) => validateRow('organizations', row))
  const added = changes.added.map((row) => validateRow('contacts', row))
  const merged = changes.merged.map((row) => validateRow('contacts', row))
  const photos = changes.photos.map((row) => validateRow('contactPhotos', row))
  await db.transaction('rw', db.organizations, db.contacts, db.contactPhotos, async () => {
    for (const row of merged) {
      const current = await db.contacts.get(row.id)
      if (!current || current.updatedAt !== seenUpdatedAt.get(row.id)) {
        throw new ImportOutdatedError(row.id)
      }
    }
    if (organizations.length > 0) await db.organizations.bulkAdd(organizations)
    if (added.length > 0) await db.contacts.bulkAdd(added)
    if (merged.length > 0) await db.contacts.bulkPut(merged)
    // A card fills an empty field only: a contact that has a photo keeps it.
    const held = new Set(
      (await db.contactPhotos.bulkGet(photos.map((p) => p.id))).map((p) => p?.id),
    )
    const fresh = photos.filter((p) => !held.has(p.id))
    if (fresh.length > 0) await db.contactPhotos.bulkAdd(fresh)
  })
  return { added: added.length, merged: merged.length, organizations: organizations.length }
}
