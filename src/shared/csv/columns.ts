import { foldName } from '../contactImport/foldName'

/** What a CSV column can become. */
export const CSV_TARGETS = [
  'ignore',
  'honorificPrefix',
  'givenName',
  'additionalNames',
  'familyName',
  'honorificSuffix',
  'fullName',
  'nativeName',
  'phoneticGiven',
  'phoneticFamily',
  'organization',
  'position',
  'email',
  'phoneWork',
  'phoneMobile',
  'phoneHome',
  'phoneFax',
  'phoneOther',
  'tags',
  'languages',
  'birthday',
  'gender',
  'address',
  'notes',
] as const
export type CsvTarget = (typeof CSV_TARGETS)[number]

/**
 * Header names of Outlook's and Google's exports (German and English, old and new formats),
 * folded as foldName does, and the field each fills.
 */
const KNOWN: readonly [CsvTarget, readonly string[]][] = [
  ['honorificPrefix', ['title', 'anrede', 'titel', 'name prefix', 'namenspräfix', 'präfix']],
  ['givenName', ['first name', 'given name', 'vorname']],
  ['additionalNames', ['middle name', 'additional name', 'weitere vornamen', 'zweiter vorname']],
  ['familyName', ['last name', 'family name', 'surname', 'nachname']],
  ['honorificSuffix', ['suffix', 'name suffix', 'namenssuffix', 'namenszusatz']],
  ['fullName', ['name', 'display name', 'anzeigename', 'full name', 'vollständiger name']],
  ['phoneticGiven', ['phonetic first name', 'given name yomi', 'phonetischer vorname']],
  ['phoneticFamily', ['phonetic last name', 'family name yomi', 'phonetischer nachname']],
  [
    'organization',
    ['company', 'firma', 'organization name', 'organization 1 name', 'organisation', 'unternehmen'],
  ],
  [
    'position',
    ['job title', 'position', 'organization title', 'organization 1 title', 'berufsbezeichnung'],
  ],
  ['email', ['e mail address', 'email address', 'e mail adresse', 'e mail', 'email']],
  [
    'phoneWork',
    [
      'business phone',
      'telefon geschäftlich',
      'geschäftlich',
      'company main phone',
      'telefon firma',
    ],
  ],
  ['phoneMobile', ['mobile phone', 'mobiltelefon', 'handy', 'mobile']],
  ['phoneHome', ['home phone', 'telefon privat', 'privat']],
  ['phoneFax', ['business fax', 'fax geschäftlich', 'fax']],
  ['phoneOther', ['other phone', 'weiteres telefon', 'telefon', 'phone']],
  ['tags', ['categories', 'kategorien', 'labels', 'group membership', 'gruppenmitgliedschaft']],
  ['languages', ['language', 'languages', 'sprache', 'sprachen']],
  ['birthday', ['birthday', 'geburtstag']],
  ['gender', ['gender', 'geschlecht']],
  ['address', ['business address', 'adresse geschäftlich', 'address 1 formatted']],
  ['notes', ['notes', 'notizen', 'notiz', 'bemerkungen']],
]

const BY_HEADER = new Map<string, CsvTarget>(
  KNOWN.flatMap(([target, names]) => names.map((name) => [foldName(name), target] as const)),
)

/** Google numbers its repeated columns: "Phone 2 - Value", "E-mail 3 - Value". */
const NUMBERED: readonly [RegExp, CsvTarget][] = [
  [/^(phone|telefon) \d+ (value|wert)$/, 'phoneOther'],
  [/^e mail \d+ (value|wert)$/, 'email'],
]

/**
 * The suggested field for each column. Most fields go to their first column only, so Outlook's
 * "E-mail 2 Address" stays left out and can be mapped by hand; Google's numbered columns, phones,
 * tags and notes may fill several.
 */
export function suggestMapping(headers: readonly string[]): CsvTarget[] {
  const taken = new Set<CsvTarget>()
  return headers.map((header) => {
    const folded = foldName(header)
    const numbered = NUMBERED.find(([pattern]) => pattern.test(folded))?.[1]
    if (numbered) return numbered
    const target = BY_HEADER.get(folded) ?? 'ignore'
    const repeatable = target === 'phoneOther' || target === 'tags' || target === 'notes'
    if (target === 'ignore' || (taken.has(target) && !repeatable)) return 'ignore'
    taken.add(target)
    return target
  })
}
