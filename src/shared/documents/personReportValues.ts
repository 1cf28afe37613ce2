import { formatDate, formatInstant } from '../dates'
import { languageName } from '../domain/languageNames'
import type { UiLanguage } from '../model/common'
import type { Contact, Office } from '../model/contact'

type T = (key: string, params?: Record<string, string | number>) => string

/** What a contact's field values need to be read by the person they belong to. */
export type ValueContext = {
  t: T
  lang: UiLanguage
  timeZone: string
  organizationName?: (id: string) => string | undefined
  cityName?: (id: string) => string | undefined
}

/** A stored reference as its name, with the id kept: the report answers what is stored. */
function named(id: string, name: string | undefined): string {
  return name ? `${name} (${id})` : id
}

function officeText(office: Office, c: ValueContext): string {
  const org = office.organizationId
    ? named(office.organizationId, c.organizationName?.(office.organizationId))
    : ''
  const rank =
    office.precedenceRank === null ? '' : `${c.t('fields.precedenceRank')} ${office.precedenceRank}`
  const since = office.inOfficeSince
    ? `${c.t('fields.inOfficeSince')} ${formatDate(office.inOfficeSince, c.lang)}`
    : ''
  return [office.position, org, rank, since].filter(Boolean).join(', ')
}

function addressFormsText(forms: Contact['addressForms'], c: ValueContext): string {
  return Object.entries(forms)
    .flatMap(([code, form]) => {
      if (!form) return []
      const language = languageName(code, c.lang)
      return [
        [
          c.t('contacts.letterSalutation', { language }) + ': ' + form.letterSalutation,
          c.t('contacts.spokenAddress', { language }) + ': ' + form.spokenAddress,
          c.t('contacts.envelope', { language }) + ': ' + form.envelope,
        ].join('; '),
      ]
    })
    .join('\n')
}

function fallback(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/**
 * One stored contact field as the person reads it: dates formatted, choices by their label,
 * references by name (with the id), lists joined. A field without a rule of its own is shown as
 * stored, so a new field never goes missing from the report.
 */
export function contactValueText(field: string, contact: Contact, c: ValueContext): string {
  switch (field) {
    case 'interpreterNeeded':
      return c.t(contact.interpreterNeeded ? 'common.yes' : 'common.no')
    case 'gender':
      return contact.gender ? c.t(`contactForm.genderOption.${contact.gender}`) : ''
    case 'inOfficeSince':
      return contact.inOfficeSince ? formatDate(contact.inOfficeSince, c.lang) : ''
    case 'createdAt':
    case 'updatedAt':
      return formatInstant(contact[field], c.timeZone, c.lang)
    case 'deletedAt':
      return contact.deletedAt ? formatInstant(contact.deletedAt, c.timeZone, c.lang) : ''
    case 'organizationId':
      return contact.organizationId
        ? named(contact.organizationId, c.organizationName?.(contact.organizationId))
        : ''
    case 'cityId':
      return contact.cityId ? named(contact.cityId, c.cityName?.(contact.cityId)) : ''
    case 'languages':
      return contact.languages.map((code) => languageName(code, c.lang)).join(', ')
    case 'phones':
      return contact.phones.map((p) => (p.label ? `${p.label}: ${p.number}` : p.number)).join('; ')
    case 'tags':
      return contact.tags.join(', ')
    case 'furtherOffices':
      return contact.furtherOffices.map((o) => officeText(o, c)).join('\n')
    case 'addressForms':
      return addressFormsText(contact.addressForms, c)
    case 'demo':
      return c.t(contact.demo ? 'common.yes' : 'common.no')
    default:
      return fallback((contact as Record<string, unknown>)[field])
  }
}
