import type { Organization, OrganizationKind } from '../model/organization'
import { HOME_CITY } from './contactList'
import { foldForSearch } from './visitList'
import { compareText } from './collation'

export type OrganizationFilter = {
  text: string
  kind: OrganizationKind | null
  /** null: any city; HOME_CITY: the home city; else a partner city id. */
  cityId: string | null
}

export const EMPTY_ORGANIZATION_FILTER: OrganizationFilter = { text: '', kind: null, cityId: null }

type OrganizationListFields = Pick<
  Organization,
  'name' | 'localName' | 'kind' | 'cityId' | 'address'
>

/** Organizations passing the filter, sorted by name; the text also finds local-script names. */
export function filterOrganizations<T extends OrganizationListFields>(
  organizations: readonly T[],
  filter: OrganizationFilter,
  cityNames: (id: string) => readonly string[],
): T[] {
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean)
  return organizations
    .filter((o) => {
      if (filter.kind !== null && o.kind !== filter.kind) return false
      if (filter.cityId === HOME_CITY && o.cityId !== null) return false
      if (filter.cityId !== null && filter.cityId !== HOME_CITY && o.cityId !== filter.cityId) {
        return false
      }
      if (words.length === 0) return true
      const haystack = foldForSearch(
        [o.name, o.localName, o.address, ...(o.cityId ? cityNames(o.cityId) : [])].join(' '),
      )
      return words.every((word) => haystack.includes(word))
    })
    .sort((a, b) => compareText(a.name, b.name))
}
