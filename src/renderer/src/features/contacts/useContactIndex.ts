import { useCallback, useMemo } from 'react'
import {
  indexContacts,
  type ContactListFields,
  type IndexedContact,
} from '@shared/domain/contactList'
import type { Contact } from '@shared/model/contact'
import { contactKeys } from '@shared/search/contactSearch'
import type { SearchKey } from '@shared/search/searchKey'
import { useCityNames } from '@renderer/features/cities'
import { useContactLookups } from './useContactLookups'

/**
 * The contacts with their search keys, in protocol order. Keys come from the app-wide cache
 * (by id and updatedAt), so a live-query update refolds only the contacts that changed.
 */
export function useContactIndex<T extends ContactListFields>(
  contacts: readonly T[] | undefined,
): IndexedContact<T>[] {
  const lookups = useContactLookups()
  const cityNames = useCityNames()
  return useMemo(
    () => indexContacts(contacts ?? [], { organization: lookups.organization, cityNames }),
    [contacts, lookups, cityNames],
  )
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
