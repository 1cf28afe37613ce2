import type { Organization } from '@shared/model/organization'
import { choiceToCityId, cityIdToChoice } from '@renderer/features/cities'

export type OrganizationFormValues = {
  name: string
  localName: string
  kind: string
  /** HOME_CITY or a partner city id. */
  cityId: string
  address: string
  web: string
  notes: string
}

export function organizationToForm(org: Organization | null): OrganizationFormValues {
  return {
    name: org?.name ?? '',
    localName: org?.localName ?? '',
    kind: org?.kind ?? 'government',
    cityId: cityIdToChoice(org?.cityId ?? null),
    address: org?.address ?? '',
    web: org?.web ?? '',
    notes: org?.notes ?? '',
  }
}

/** "www.example.org" gets https:// so people need not type it; the schema checks the rest. */
export function normaliseWeb(web: string): string {
  const trimmed = web.trim()
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed
  return `https://${trimmed}`
}

export function organizationFormToCandidate(values: OrganizationFormValues): unknown {
  return { ...values, cityId: choiceToCityId(values.cityId), web: normaliseWeb(values.web) }
}
