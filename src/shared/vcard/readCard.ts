import { emptyPerson, type ImportPerson } from '../contactImport/person'
import type { ContactGender } from '../model/contact'
import type { VCardRaw, VProperty } from './contentLines'
import { components, listValue, spacedComponents, textValue } from './values'
import { photoDataUrl } from './photo'

/** The kind of phone, from TYPE values, whatever the label ends up saying. */
export type PhoneKind = 'mobile' | 'work' | 'home' | 'fax' | 'other'

/** Phone labels in the import's language, for phones whose card gives only a TYPE. */
export type PhoneLabels = Readonly<Record<PhoneKind, string>>

function types(property: VProperty): string[] {
  return (property.params.get('TYPE') ?? []).map((t) => t.toLowerCase())
}

function phoneKind(typeList: readonly string[]): PhoneKind {
  if (typeList.includes('fax')) return 'fax'
  if (typeList.includes('cell') || typeList.includes('iphone')) return 'mobile'
  if (typeList.includes('work')) return 'work'
  if (typeList.includes('home')) return 'home'
  return 'other'
}

/** Apple writes its built-in labels as _$!<Mobile>!$_. */
function appleLabel(value: string): string {
  return value.replace(/^_\$!<(.*)>!\$_$/, '$1')
}

function isPreferred(property: VProperty): boolean {
  return types(property).includes('pref') || property.params.has('PREF')
}

/** Letters of another script than Latin: a name in its native script. */
export function hasNonLatinLetters(text: string): boolean {
  return /(?=\p{L})\P{Script=Latin}/u.test(text)
}

function readBirthday(property: VProperty): string | null {
  const value = property.value.trim()
  const omitYear = property.params.get('X-APPLE-OMIT-YEAR')?.[0]
  const yearless = /^--(\d{2})-?(\d{2})/.exec(value)
  if (yearless) return `--${yearless[1]}-${yearless[2]}`
  const full = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value)
  if (!full) return null
  const [, year, month, day] = full
  return omitYear === year ? `--${month}-${day}` : `${year}-${month}-${day}`
}

function readGender(property: VProperty): ContactGender | null {
  const sex = (components(property.value)[0] ?? '').toUpperCase()
  if (sex === 'F' || sex === 'FEMALE') return 'female'
  if (sex === 'M' || sex === 'MALE') return 'male'
  if (sex === 'O') return 'nonBinary'
  return null
}

function readNames(person: ImportPerson, names: VProperty[], fns: VProperty[]): void {
  const latin = names.find((n) => !hasNonLatinLetters(n.value)) ?? names[0]
  if (latin) {
    const [family = '', given = ''] = components(latin.value)
    // Several middle names, prefixes or suffixes are listed with commas; a comma of their own
    // comes escaped and must survive (a suffix "h.c., MdB" is one value).
    const [, , additional = '', prefix = '', suffix = ''] = spacedComponents(latin.value)
    Object.assign(person, {
      familyName: family,
      givenName: given,
      additionalNames: additional,
      honorificPrefix: prefix,
      honorificSuffix: suffix,
    })
  }
  const mainFn = fns.find((f) => !hasNonLatinLetters(f.value)) ?? fns[0]
  if (mainFn) person.fullName = textValue(mainFn.value)
  // The native-script alternative (ALTID/LANGUAGE) of the Latin name.
  const native = fns.find((f) => f !== mainFn && hasNonLatinLetters(f.value))
  const nativeN = names.find((n) => n !== latin && hasNonLatinLetters(n.value))
  if (native) person.nativeName = textValue(native.value)
  else if (nativeN) {
    const [family = '', given = ''] = components(nativeN.value)
    person.nativeName = [family, given].filter(Boolean).join(' ')
  }
}

/** One card as an ImportPerson; what the app has no field for is left out or noted by the caller. */
export function readCard(card: VCardRaw, labels: PhoneLabels): ImportPerson {
  const person = emptyPerson()
  const byName = (name: string): VProperty[] => card.properties.filter((p) => p.name === name)
  const groupLabel = (group: string | null): string => {
    if (group === null) return ''
    const label = card.properties.find((p) => p.group === group && p.name === 'X-ABLABEL')
    return label ? appleLabel(textValue(label.value)) : ''
  }
  readNames(person, byName('N'), byName('FN'))
  person.nativeName ||= textValue(byName('X-NATIVE-NAME')[0]?.value ?? '')
  const phonetic = ['X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME']
  person.pronunciation = phonetic
    .map((name) => textValue(byName(name)[0]?.value ?? ''))
    .filter(Boolean)
    .join(' ')
  person.organization = components(byName('ORG')[0]?.value ?? '')[0] ?? ''
  person.position = textValue((byName('TITLE')[0] ?? byName('ROLE')[0])?.value ?? '')
  const emails = byName('EMAIL')
  person.emails = [...emails.filter(isPreferred), ...emails.filter((e) => !isPreferred(e))]
    .map((e) => textValue(e.value).replace(/^mailto:/i, ''))
    .filter(Boolean)
  person.phones = byName('TEL').flatMap((tel) => {
    const number = textValue(tel.value).replace(/^tel:/i, '').replace(/;.*$/, '').trim()
    if (number === '') return []
    return [{ label: groupLabel(tel.group) || labels[phoneKind(types(tel))], number }]
  })
  person.addresses = byName('ADR').flatMap((adr) => {
    const [
      poBox = '',
      extended = '',
      street = '',
      city = '',
      region = '',
      code = '',
      country = '',
    ] = components(adr.value)
    const line = [poBox, extended, street, [code, city].filter(Boolean).join(' '), region, country]
      .map((part) => part.replace(/\s*\n\s*/g, ', '))
      .filter(Boolean)
      .join(', ')
    return line ? [line] : []
  })
  const photo = byName('PHOTO')[0]
  person.photo = photo ? photoDataUrl(photo) : null
  person.note = textValue(byName('NOTE')[0]?.value ?? '')
  person.tags = byName('CATEGORIES').flatMap((c) => listValue(c.value))
  person.languages = byName('LANG').flatMap((l) => {
    const code = (textValue(l.value).split('-')[0] ?? '').toLowerCase()
    return /^[a-z]{2,3}$/.test(code) ? [code] : []
  })
  const uid = textValue(byName('UID')[0]?.value ?? '').replace(/^urn:uuid:/i, '')
  person.uid = uid || null
  const birthday = byName('BDAY')[0]
  person.birthday = birthday ? readBirthday(birthday) : null
  const gender = byName('GENDER')[0] ?? byName('X-GENDER')[0]
  person.gender = gender ? readGender(gender) : null
  return person
}
