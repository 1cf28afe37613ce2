import { z } from 'zod'
import { baseFields } from './common'
import { contactInputSchema, photoSchema } from './contact'

/**
 * A contact's portrait (schema version 7), in a table of its own: IndexedDB reads whole rows, and
 * the contact list and the conflict counts read every contact but never show a photo. At most
 * one row per contact, keyed by the contact's own id; a contact without a photo has none.
 */
export const contactPhotoInputSchema = z.object({
  photo: photoSchema,
})
export const contactPhotoSchema = contactPhotoInputSchema.extend({ ...baseFields })
export type ContactPhoto = z.infer<typeof contactPhotoSchema>

/** What the contact form and the vCard import supply: the contact and its photo (null: none). */
export const contactWithPhotoInputSchema = contactInputSchema.extend({
  photo: photoSchema.nullable(),
})
export type ContactWithPhotoInput = z.infer<typeof contactWithPhotoInputSchema>

/** Each contact's photo by the contact's id (a photo row's id is its contact's). */
export function photosByContact(tables: {
  contactPhotos: readonly ContactPhoto[]
}): Map<string, string> {
  return new Map(tables.contactPhotos.map((row) => [row.id, row.photo]))
}
