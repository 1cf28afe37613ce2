import type { Contact } from '../model/contact'
import { mergeContactFields } from './contactMerge'

const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt'])

/**
 * The contact fields a merge fills in or extends from the removed contact (see
 * mergeContactFields), in the contact's field order, for the preview before the user confirms.
 */
export function fieldsTakenOver(keep: Contact, remove: Contact): (keyof Contact)[] {
  const merged = mergeContactFields(keep, remove)
  return (Object.keys(merged) as (keyof Contact)[]).filter(
    (field) =>
      !SYSTEM_FIELDS.has(field) &&
      field !== 'demo' &&
      JSON.stringify(merged[field]) !== JSON.stringify(keep[field]),
  )
}
