import { compareText } from '@shared/domain/collation'
import { useMemo } from 'react'
import { contactTags } from '@shared/domain/contactList'
import type { Contact } from '@shared/model/contact'
import type { OrganizationKind } from '@shared/model/organization'
import type { FieldOption } from '@renderer/components'
import { useOrganizations } from '@renderer/db/hooks'

export type ContactLookups = {
  organizationName: (id: string | null) => string
  /** Every name an organization is known by, for text search. */
  organizationNames: (id: string) => string[]
  /** Names and kind of an organization, for the search index and the kind filter. */
  organization: (id: string) => { names: string[]; kind: OrganizationKind } | undefined
  /** Live organizations as choices, sorted by name. */
  organizationOptions: FieldOption[]
}

/** Organization names for lists, search and pickers; trashed ones still resolve by id. */
export function useContactLookups(): ContactLookups {
  const organizations = useOrganizations({ includeDeleted: true })
  return useMemo(() => {
    const byId = new Map((organizations ?? []).map((o) => [o.id, o]))
    return {
      organizationName: (id) => (id ? (byId.get(id)?.name ?? '') : ''),
      organizationNames: (id) => {
        const o = byId.get(id)
        return o ? [o.name, o.localName] : []
      },
      organization: (id) => {
        const o = byId.get(id)
        return o ? { names: [o.name, o.localName], kind: o.kind } : undefined
      },
      organizationOptions: (organizations ?? [])
        .filter((o) => o.deletedAt === null)
        .sort((a, b) => compareText(a.name, b.name))
        .map((o) => ({ value: o.id, label: o.name })),
    }
  }, [organizations])
}

export function useTagOptions(contacts: readonly Contact[] | undefined): FieldOption[] {
  return useMemo(
    () => contactTags(contacts ?? []).map((tag) => ({ value: tag, label: tag })),
    [contacts],
  )
}
