import { useCallback, useEffect, useMemo } from 'react'
import {
  indexContacts,
  warmIndex,
  type ContactListFields,
  type IndexedContact,
} from '@shared/domain/contactList'
import type { Contact } from '@shared/model/contact'
import { contactKeys } from '@shared/search/contactSearch'
import type { SearchKey } from '@shared/search/searchKey'
import { useCityNames } from '@renderer/features/cities'
import { useContactLookups } from './useContactLookups'

/** Contacts whose keys are folded per slice of idle time: a few milliseconds' work. */
const WARM_SLICE = 200

/**
 * The contacts with their search keys, in protocol order. The list's first rows need only the
 * order, so the keys are folded afterwards in idle time (a search before that folds the rest
 * itself). Keys come from the app-wide cache (by id and updatedAt), so a live-query update
 * refolds only the contacts that changed.
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
    let next = 0
    let handle = 0
    const step = (deadline: IdleDeadline): void => {
      while (next < index.length && deadline.timeRemaining() > 1) {
        next = warmIndex(index, next, WARM_SLICE)
      }
      if (next < index.length) handle = requestIdleCallback(step)
    }
    if (index.length > 0) handle = requestIdleCallback(step)
    return () => cancelIdleCallback(handle)
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
