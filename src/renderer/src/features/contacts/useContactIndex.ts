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

/** Keys folded between two looks at the clock (about a millisecond's work). */
const WARM_SLICE = 50
/** One slice's budget: short enough that a key press waits at most this for its turn. */
const SLICE_MS = 8

/**
 * The contacts with their search keys, in protocol order. The list's first rows need only the
 * order, so the keys are folded afterwards in short tasks (a search before that folds the rest
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
    let timer: ReturnType<typeof setTimeout> | undefined
    // Slices in tasks of their own, not idle callbacks: on a busy machine idle time may not
    // come before the first keystroke, which would then fold everything at once.
    const step = (): void => {
      const until = performance.now() + SLICE_MS
      while (next < index.length && performance.now() < until) {
        next = warmIndex(index, next, WARM_SLICE)
      }
      if (next < index.length) timer = setTimeout(step, 0)
    }
    if (index.length > 0) timer = setTimeout(step, 0)
    return () => clearTimeout(timer)
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
