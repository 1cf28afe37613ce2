import type { Contact } from '../model/contact'

/** The name fields; without the native name and languages the name is shown given name first. */
export type NameParts = Pick<
  Contact,
  'honorificPrefix' | 'givenName' | 'familyName' | 'honorificSuffix'
> & { nativeName?: string; languages?: readonly string[] }

/**
 * Languages whose speakers put the family name first (Japanese, Chinese, Korean, Hungarian,
 * Vietnamese, Mongolian, Khmer).
 */
const FAMILY_FIRST_LANGUAGES: ReadonlySet<string> = new Set([
  'ja',
  'zh',
  'ko',
  'hu',
  'vi',
  'mn',
  'km',
])
/** Scripts whose names are always written family name first. */
const FAMILY_FIRST_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * The rule: a person's name is shown family name first when their name in native script is
 * written in Chinese characters, kana or Hangul, or when the first of their languages (the one
 * listed first is taken as their own) is Japanese, Chinese, Korean, Hungarian, Vietnamese,
 * Mongolian or Khmer. Otherwise given name first.
 */
export function familyNameFirst(person: Pick<NameParts, 'nativeName' | 'languages'>): boolean {
  return (
    FAMILY_FIRST_SCRIPT.test(person.nativeName ?? '') ||
    FAMILY_FIRST_LANGUAGES.has((person.languages?.[0] ?? '').toLowerCase())
  )
}

/**
 * The family name in capitals when it comes first, as Japan's government asks for romanised
 * names and as international protocol lists write them ("NISHIMURA Haruko"): a reader used to
 * the given name first still sees which part is the family name. Only when a given name is there.
 */
function orderedNames(person: NameParts): string[] {
  const given = person.givenName.trim()
  const family = person.familyName.trim()
  if (!familyNameFirst(person) || given === '') return [given, family]
  return [family.toLocaleUpperCase(), given]
}

/**
 * How a person's name is shown everywhere (lists, pickers, documents): prefix, the names in the
 * person's own order (see `familyNameFirst`), suffix. "Dr. Anna Schmidt MdB", "NISHIMURA Haruko".
 */
export function displayName(person: NameParts): string {
  return [person.honorificPrefix.trim(), ...orderedNames(person), person.honorificSuffix.trim()]
    .filter(Boolean)
    .join(' ')
}

/** The name without the honorific suffix, for tight places such as a programme line. */
export function shortDisplayName(person: Omit<NameParts, 'honorificSuffix'>): string {
  return displayName({ ...person, honorificSuffix: '' })
}

/**
 * The name a sort by name uses: family name, then given name, whatever the display order, so
 * "NISHIMURA Haruko" and "Anna Nowak" sort side by side.
 */
export function sortableName(person: Pick<Contact, 'givenName' | 'familyName'>): string {
  return `${person.familyName.trim()} ${person.givenName.trim()}`
}
