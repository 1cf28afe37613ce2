import type { Contact } from '@shared/model/contact'
import type { UiLanguage } from '@shared/model/common'
import {
  blankToNull,
  listFromText,
  nullToBlank,
  optionalNumber,
  textFromList,
} from '@renderer/components/form/converters'
import { choiceToCityId, cityIdToChoice } from '@renderer/features/cities'

export type AddressFormValues = {
  letterSalutation: string
  spokenAddress: string
  envelope: string
}
export type PhoneRow = { label: string; number: string }

/** What the contact form holds; converted to contactInputSchema's shape on save. */
export type ContactFormValues = {
  honorificPrefix: string
  honorificSuffix: string
  givenName: string
  familyName: string
  nativeName: string
  pronunciation: string
  position: string
  /** '' for none. */
  organizationId: string
  /** HOME_CITY or a partner city id. */
  cityId: string
  addressForms: Record<UiLanguage, AddressFormValues>
  email: string
  phones: PhoneRow[]
  languages: string
  interpreterNeeded: boolean
  precedenceRank: string
  inOfficeSince: string
  biography: string
  /** A data: URL or ''. */
  photo: string
  dietaryNeeds: string
  accessibilityNeeds: string
  tags: string[]
  notes: string
}

const emptyAddress = (): AddressFormValues => ({
  letterSalutation: '',
  spokenAddress: '',
  envelope: '',
})

export function contactToForm(contact: Contact | null): ContactFormValues {
  return {
    honorificPrefix: contact?.honorificPrefix ?? '',
    honorificSuffix: contact?.honorificSuffix ?? '',
    givenName: contact?.givenName ?? '',
    familyName: contact?.familyName ?? '',
    nativeName: contact?.nativeName ?? '',
    pronunciation: contact?.pronunciation ?? '',
    position: contact?.position ?? '',
    organizationId: contact?.organizationId ?? '',
    cityId: cityIdToChoice(contact?.cityId ?? null),
    addressForms: {
      de: { ...emptyAddress(), ...contact?.addressForms.de },
      en: { ...emptyAddress(), ...contact?.addressForms.en },
    },
    email: contact?.email ?? '',
    phones: (contact?.phones ?? []).map((p) => ({ ...p })),
    languages: textFromList(contact?.languages ?? []),
    interpreterNeeded: contact?.interpreterNeeded ?? false,
    precedenceRank: nullToBlank(contact?.precedenceRank),
    inOfficeSince: contact?.inOfficeSince ?? '',
    biography: contact?.biography ?? '',
    photo: contact?.photo ?? '',
    dietaryNeeds: contact?.dietaryNeeds ?? '',
    accessibilityNeeds: contact?.accessibilityNeeds ?? '',
    tags: [...(contact?.tags ?? [])],
    notes: contact?.notes ?? '',
  }
}

const isBlankAddress = (a: AddressFormValues): boolean =>
  a.letterSalutation.trim() === '' && a.spokenAddress.trim() === '' && a.envelope.trim() === ''

/**
 * The form as contactInputSchema expects it. Phone rows keep their positions (a blank row is
 * reported on its own line, not silently dropped), so issue paths point at the right row.
 */
export function contactFormToCandidate(values: ContactFormValues): unknown {
  const addressForms: Partial<Record<UiLanguage, AddressFormValues>> = {}
  for (const lang of ['de', 'en'] as const) {
    if (!isBlankAddress(values.addressForms[lang])) addressForms[lang] = values.addressForms[lang]
  }
  return {
    ...values,
    organizationId: blankToNull(values.organizationId),
    cityId: choiceToCityId(values.cityId),
    addressForms,
    email: values.email.trim(),
    languages: listFromText(values.languages).map((code) => code.toLowerCase()),
    precedenceRank: optionalNumber(values.precedenceRank),
    inOfficeSince: blankToNull(values.inOfficeSince),
    photo: blankToNull(values.photo),
    tags: values.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
  }
}

export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const
/** The schema allows 2,000,000 characters of data URL; base64 makes 4 of every 3 bytes. */
export const MAX_PHOTO_BYTES = 1_480_000

/** Why a chosen picture cannot be the photo (an i18n key), or null when it can. */
export function photoFileProblem(type: string, size: number): 'v.photoType' | 'v.photoSize' | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(type)) return 'v.photoType'
  if (size > MAX_PHOTO_BYTES) return 'v.photoSize'
  return null
}
