import { useCallback, useEffect, useMemo } from 'react'
import {
  indexContacts,
  warmIndex,
  type ContactListFields,
  type IndexedContact,
} from '@shared/domain/contactList'
import { warmFirstLetters } from '@shared/domain/contactSearchAhead'
import type { Contact } from '@shared/model/contact'
import { contactKeys } from '@shared/search/contactSearch'
import type { SearchKey } from '@shared/search/searchKey'
import { useCityNames } from '@renderer/features/cities'
import { runInSlices } from './inSlices'
import { useContactLookups } from './useContactLookups'

/** Keys folded between two looks at the clock (about a millisecond's work). */
const WARM_SLICE = 50
/** Contacts scanned into the one-letter table between two looks at the clock (about as long). */
const LETTER_SLICE = 200

/**
 * The contacts with their search keys, in protocol order. The list's first rows need only the
 * order, so the keys are folded afterwards in short tasks (a search before that folds the rest
 * itself), and then the table that answers one-letter searches is built (`warmFirstLetters`).
 * Keys come from the app-wide cache (by id and updatedAt), so a live-query update refolds only
 * the contacts that changed.
 */
export function useContactIndex<T extends ContactListFields>(
  contacts: readonly T[] | undefined,
): IndexedContact<T>[] {
  const lookups = useContactLookups()
  const cityNames = useCityNames()
  const index = useMemo(
    () => indexContacts(contacts ?? [], { organization: lookups.organization, cityNames }),
    [contacts, lookups, cityNames],
  )
  useEffect(() => {
    if (index.length === 0) return undefined
    let next = 0
    return runInSlices(() => {
      if (next === index.length) return !warmFirstLetters(index, LETTER_SLICE)
      next = warmIndex(index, next, WARM_SLICE)
      return true
    })
  }, [index])
  return index
}

/**
 * A person's search key for a picker option (FieldOption.searchKey): the same names,
 * organization, city and tags the contacts list searches, from the same cache.
 */
export function useContactSearchKey(): (contact: Contact) => SearchKey {
  const lookups = useContactLookups()
  const cityNames = useCityNames()
  return useCallback(
    (contact) =>
      contactKeys.keyOf(
        contact,
        [
          ...(contact.organizationId ? lookups.organizationNames(contact.organizationId) : []),
          ...contact.furtherOffices.flatMap((office) =>
            office.organizationId ? lookups.organizationNames(office.organizationId) : [],
          ),
        ],
        contact.cityId ? cityNames(contact.cityId) : [],
      ),
    [lookups, cityNames],
  )
}
