import type { Contact, ContactInput } from '@shared/model/contact'
import type { ContactPhoto } from '@shared/model/contactPhoto'
import { nextUpdatedAt } from '@shared/model/stamps'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { RowNotFoundError } from './errors'
import { recordTombstones } from './tombstones'
import { validateRow } from './validateRow'

/**
 * A contact's photo (schema version 7: its own table, keyed by the contact's id, so lists of all
 * contacts never read it). Only the contact form writes it, together with the contact.
 */
export interface ContactPhotoRepository {
  /** The contact's photo row, or undefined when it has none. */
  get(contactId: string): Promise<ContactPhoto | undefined>
  /** The photos of these contacts, by contact id (those without one are absent). */
  photosOf(contactIds: readonly string[]): Promise<Map<string, string>>
  /**
   * Creates (id null) or updates a contact and sets its photo (null: none) in one transaction.
   * Removing a photo deletes its row and leaves a tombstone.
   */
  saveWithPhoto(id: string | null, input: ContactInput, photo: string | null): Promise<Contact>
}

const later = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a)

export function createContactPhotoRepository(db: AppDB, clock: Clock): ContactPhotoRepository {
  return {
    get: (contactId) => db.contactPhotos.get(contactId),

    async photosOf(contactIds) {
      const rows = await db.contactPhotos.bulkGet([...contactIds])
      return new Map(rows.flatMap((row) => (row ? [[row.id, row.photo] as const] : [])))
    },

    saveWithPhoto(id, input, photo) {
      return db.transaction('rw', ['contacts', 'contactPhotos', 'tombstones'], async () => {
        const now = clock()
        const existing = id === null ? undefined : await db.contacts.get(id)
        if (id !== null && !existing) throw new RowNotFoundError('contacts', id)
        const contactId = existing?.id ?? crypto.randomUUID()
        const previous = await db.contactPhotos.get(contactId)
        let floor = existing?.updatedAt
        if (previous && photo === null) {
          const deletedAt = nextUpdatedAt(now, previous.updatedAt)
          await db.contactPhotos.delete(contactId)
          await recordTombstones(db, 'contactPhotos', [contactId], deletedAt)
          // Tombstones are keyed by row id, and the photo's id is its contact's: the contact must
          // be newer than the tombstone, or a backup merge would take the contact for deleted.
          floor = later(deletedAt, floor)
        }
        const stamp = nextUpdatedAt(now, floor)
        const contact = validateRow('contacts', {
          ...existing,
          ...input,
          id: contactId,
          createdAt: existing?.createdAt ?? stamp,
          updatedAt: stamp,
          deletedAt: existing?.deletedAt ?? null,
        })
        await db.contacts.put(contact)
        if (photo !== null && photo !== previous?.photo) {
          const row = validateRow('contactPhotos', {
            id: contactId,
            createdAt: previous?.createdAt ?? stamp,
            updatedAt: stamp,
            photo,
            ...(contact.demo === undefined ? {} : { demo: contact.demo }),
          })
          await db.contactPhotos.put(row)
        }
        return contact
      })
    },
  }
}
