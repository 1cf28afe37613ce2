import type { Contact, ContactGender } from '@shared/model/contact'
import type { UiLanguage } from '@shared/model/common'
import { effectiveRank } from '@shared/domain/precedence'
import { blankToNull, nullToBlank, optionalNumber } from '@renderer/components/form/converters'
import { choiceToCityId, cityIdToChoice } from '@renderer/features/cities'

export type AddressFormValues = {
  letterSalutation: string
  spokenAddress: string
  envelope: string
}
export type PhoneRow = { label: string; number: string }
/** An office besides the main one, as the form holds it (strings; '' for none). */
export type OfficeRow = {
  position: string
  organizationId: string
  precedenceRank: string
  inOfficeSince: string
}
/** '' for "not known", which gives gender-neutral forms of address. */
export type GenderChoice = ContactGender | ''

/** What the contact form holds; converted to contactInputSchema's shape on save. */
export type ContactFormValues = {
  honorificPrefix: string
  honorificSuffix: string
  givenName: string
  familyName: string
  nativeName: string
  pronunciation: string
  gender: GenderChoice
  position: string
  /** '' for none. */
  organizationId: string
  /** HOME_CITY or a partner city id. */
  cityId: string
  furtherOffices: OfficeRow[]
  addressForms: Record<UiLanguage, AddressFormValues>
  email: string
  phones: PhoneRow[]
  /** ISO 639 codes, picked by name. */
  languages: string[]
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

export const emptyOffice = (): OfficeRow => ({
  position: '',
  organizationId: '',
  precedenceRank: '',
  inOfficeSince: '',
})

/** The form's values for a contact (null: a new one) and its photo (null: none). */
export function contactToForm(contact: Contact | null, photo: string | null): ContactFormValues {
  return {
    honorificPrefix: contact?.honorificPrefix ?? '',
    honorificSuffix: contact?.honorificSuffix ?? '',
    givenName: contact?.givenName ?? '',
    familyName: contact?.familyName ?? '',
    nativeName: contact?.nativeName ?? '',
    pronunciation: contact?.pronunciation ?? '',
    gender: contact?.gender ?? '',
    position: contact?.position ?? '',
    organizationId: contact?.organizationId ?? '',
    cityId: cityIdToChoice(contact?.cityId ?? null),
    furtherOffices: (contact?.furtherOffices ?? []).map((office) => ({
      position: office.position,
      organizationId: office.organizationId ?? '',
      precedenceRank: nullToBlank(office.precedenceRank),
      inOfficeSince: office.inOfficeSince ?? '',
    })),
    addressForms: {
      de: { ...emptyAddress(), ...contact?.addressForms.de },
      en: { ...emptyAddress(), ...contact?.addressForms.en },
    },
    email: contact?.email ?? '',
    phones: (contact?.phones ?? []).map((p) => ({ ...p })),
    languages: [...(contact?.languages ?? [])],
    interpreterNeeded: contact?.interpreterNeeded ?? false,
    precedenceRank: nullToBlank(contact?.precedenceRank),
    inOfficeSince: contact?.inOfficeSince ?? '',
    biography: contact?.biography ?? '',
    photo: photo ?? '',
    dietaryNeeds: contact?.dietaryNeeds ?? '',
    accessibilityNeeds: contact?.accessibilityNeeds ?? '',
    tags: [...(contact?.tags ?? [])],
    notes: contact?.notes ?? '',
  }
}

const isBlankAddress = (a: AddressFormValues): boolean =>
  a.letterSalutation.trim() === '' && a.spokenAddress.trim() === '' && a.envelope.trim() === ''

/**
 * The form as contactInputSchema expects it. Phone and office rows keep their positions (a blank
 * row is reported on its own line, not silently dropped), so issue paths point at the right row.
 */
export function contactFormToCandidate(values: ContactFormValues): unknown {
  const addressForms: Partial<Record<UiLanguage, AddressFormValues>> = {}
  for (const lang of ['de', 'en'] as const) {
    if (!isBlankAddress(values.addressForms[lang])) addressForms[lang] = values.addressForms[lang]
  }
  return {
    ...values,
    gender: values.gender === '' ? null : values.gender,
    organizationId: blankToNull(values.organizationId),
    cityId: choiceToCityId(values.cityId),
    furtherOffices: values.furtherOffices.map((office) => ({
      position: office.position,
      organizationId: blankToNull(office.organizationId),
      precedenceRank: optionalNumber(office.precedenceRank),
      inOfficeSince: blankToNull(office.inOfficeSince),
    })),
    addressForms,
    email: values.email.trim(),
    languages: values.languages.map((code) => code.trim().toLowerCase()).filter(Boolean),
    precedenceRank: optionalNumber(values.precedenceRank),
    inOfficeSince: blankToNull(values.inOfficeSince),
    photo: blankToNull(values.photo),
    tags: values.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
  }
}

const rankOf = (text: string): number | null => {
  const rank = optionalNumber(text)
  return rank !== null && Number.isInteger(rank) && rank >= 1 ? rank : null
}

/**
 * Which office gives the person's rank while the form is being filled in: 'main', the index of a
 * further office, or null while no office has a (valid) rank.
 */
export function rankingOffice(
  values: Pick<ContactFormValues, 'precedenceRank' | 'inOfficeSince' | 'furtherOffices'>,
): 'main' | number | null {
  const main = {
    precedenceRank: rankOf(values.precedenceRank),
    inOfficeSince: values.inOfficeSince || null,
  }
  const further = values.furtherOffices.map((office) => ({
    precedenceRank: rankOf(office.precedenceRank),
    inOfficeSince: office.inOfficeSince || null,
  }))
  const best = effectiveRank({ ...main, familyName: '', givenName: '', furtherOffices: further })
  if (best.precedenceRank === null) return null
  if (best.precedenceRank === main.precedenceRank && best.inOfficeSince === main.inOfficeSince)
    return 'main'
  const index = further.findIndex(
    (o) => o.precedenceRank === best.precedenceRank && o.inOfficeSince === best.inOfficeSince,
  )
  return index >= 0 ? index : 'main'
}
