import type { RawRow, RowMigration } from './rowMigration'

/**
 * Version 7: a contact's photo leaves the contact row for `contactPhotos` (one row per contact
 * that has one, keyed by the contact's id). IndexedDB deserialises whole rows, so every reader of
 * all contacts (the contact list, the conflict counts) paid for about 80 MB of data URLs in the
 * large office without showing one. The photo row takes the contact's stamps and demo flag, so a
 * merge decides it as it decides the contact and demo removal takes it along; a contact without
 * a photo (null or empty) gives no row. Running it twice changes nothing: the second run finds no
 * photo on the contacts.
 */
function photoRow(contact: RawRow): RawRow | null {
  const { photo } = contact
  if (typeof photo !== 'string' || photo === '') return null
  const row: RawRow = {
    id: contact.id,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
    photo,
  }
  if (typeof contact.demo === 'boolean') row.demo = contact.demo
  return row
}

function withoutPhoto(contact: RawRow): RawRow {
  const out: RawRow = { ...contact }
  delete out.photo
  return out
}

export const contactPhotos: RowMigration = {
  toVersion: 7,
  rows: { contacts: withoutPhoto },
  addedTables: ['contactPhotos'],
  splits: [{ from: 'contacts', to: 'contactPhotos', row: photoRow }],
}
