import type { UiLanguage } from '../../model/common'
import type { ContactGender } from '../../model/contact'
import { parsePrefix, words, type PrefixParts } from './honorifics'
import { officeRuleFor, type OfficeRule } from './officeRules'

/** null: not known. Then, as for nonBinary, the forms avoid Frau/Herr and Ms/Mr. */
export type AddressGender = ContactGender | null

export type AddressPerson = {
  honorificPrefix: string
  honorificSuffix: string
  givenName: string
  familyName: string
  position: string
  gender: AddressGender
  /** For the envelope: the organization's name and postal address (lines), when known. */
  organizationName?: string
  organizationAddress?: string
}

export type SuggestedAddressForm = {
  letterSalutation: string
  spokenAddress: string
  envelope: string
}

type Sex = 'female' | 'male' | 'neutral'

type Parts = {
  person: AddressPerson
  sex: Sex
  prefix: PrefixParts
  office: OfficeRule | null
  excellency: boolean
}

function sexOf(gender: AddressGender): Sex {
  switch (gender) {
    case 'female':
    case 'male':
      return gender
    case 'nonBinary':
    case null:
      return 'neutral'
    default: {
      const never: never = gender
      return never
    }
  }
}

/** The lines below the name: position, then the organization unless the position names it. */
function officeLines(person: AddressPerson): string[] {
  const org = person.organizationName?.trim() ?? ''
  const position = person.position.trim()
  const lines = [position]
  if (org && !position.toLowerCase().includes(org.toLowerCase())) lines.push(org)
  const address = (person.organizationAddress ?? '').split('\n').map((l) => l.trim())
  return [...lines, ...address].filter(Boolean)
}

function german(p: Parts): SuggestedAddressForm {
  const { person, sex, prefix, office } = p
  const family = person.familyName.trim()
  const named = words(prefix.kept, person.givenName, family)
  const nameLine = words(prefix.kept, person.givenName, family, person.honorificSuffix)
  const envelopeName =
    sex === 'female' ? `Frau ${nameLine}` : sex === 'male' ? `Herrn ${nameLine}` : nameLine
  const envelopeTop =
    p.excellency && sex !== 'neutral'
      ? [sex === 'female' ? 'Ihrer Exzellenz' : 'Seiner Exzellenz']
      : []
  const envelope = [...envelopeTop, envelopeName, ...officeLines(person)].join('\n')

  if (sex === 'neutral') {
    return {
      letterSalutation: p.excellency ? 'Exzellenz,' : `Guten Tag ${named},`,
      spokenAddress: p.excellency ? 'Exzellenz' : named,
      envelope,
    }
  }
  const lady = sex === 'female'
  const dear = lady ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'
  const address = lady ? 'Frau' : 'Herr'
  const title = office
    ? office.de[sex]
    : prefix.professor
      ? `${lady ? 'Professorin' : 'Professor'} ${family}`
      : prefix.doctor
        ? `Dr. ${family}`
        : family
  return {
    // "S. E." typed without an office: the address protocol gives every excellency.
    letterSalutation: p.excellency && !office ? 'Exzellenz,' : `${dear} ${title},`,
    spokenAddress: p.excellency ? 'Exzellenz' : `${address} ${title}`,
    envelope,
  }
}

function english(p: Parts): SuggestedAddressForm {
  const { person, sex, prefix, office } = p
  const family = person.familyName.trim()
  const given = person.givenName.trim()
  const academic = prefix.professor ? 'Professor' : prefix.doctor ? 'Dr' : ''
  const courtesy = sex === 'female' ? 'Ms' : sex === 'male' ? 'Mr' : ''
  const excellencyLine =
    sex === 'female' ? 'Her Excellency' : sex === 'male' ? 'His Excellency' : 'H.E.'
  const style = p.excellency ? 'excellency' : office ? 'office' : 'plain'
  const lead =
    style === 'excellency' ? excellencyLine : (office?.en.envelope ?? (academic || courtesy))
  const nameLine = words(lead, prefix.other, given, family, person.honorificSuffix)
  const envelope = [nameLine, ...officeLines(person)].join('\n')

  if (style === 'excellency') {
    return { letterSalutation: 'Your Excellency,', spokenAddress: 'Your Excellency', envelope }
  }
  if (office) {
    const t = office.en.title
    const spoken =
      office.en.style === 'titleOnly'
        ? t
        : office.en.style === 'madamMr' && sex !== 'neutral'
          ? `${sex === 'female' ? 'Madam' : 'Mr'} ${t}`
          : `${t} ${family}`
    return { letterSalutation: `Dear ${spoken},`, spokenAddress: spoken, envelope }
  }
  const addressed = academic
    ? `${academic} ${family}`
    : courtesy
      ? `${courtesy} ${family}`
      : words(given, family)
  return { letterSalutation: `Dear ${addressed},`, spokenAddress: addressed, envelope }
}

/**
 * The letter salutation, spoken address and envelope protocol would suggest for a person in one
 * language, or null while there is no family name to build them from. Only a suggestion: the
 * form shows it beside what the user typed and never writes it by itself.
 */
export function suggestAddressForm(
  person: AddressPerson,
  language: UiLanguage,
): SuggestedAddressForm | null {
  if (person.familyName.trim() === '') return null
  const prefix = parsePrefix(person.honorificPrefix)
  const office = officeRuleFor(person.position)
  const parts: Parts = {
    person,
    sex: sexOf(person.gender),
    prefix,
    office,
    excellency: prefix.excellency || (office?.excellency ?? false),
  }
  switch (language) {
    case 'de':
      return german(parts)
    case 'en':
      return english(parts)
    default: {
      const never: never = language
      return never
    }
  }
}
