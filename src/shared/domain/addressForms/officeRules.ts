/**
 * Offices that change how a person is addressed, after the usual German protocol lists (Protokoll
 * Inland, "Anschriften und Anreden") and British/American diplomatic usage. The first row whose
 * pattern matches the position wins, so the more specific offices ("Regierende Bürgermeisterin",
 * "Generalkonsul", "Vizegouverneur") stand above the general ones ("Bürgermeister", "Konsul",
 * "Gouverneur"). Patterns run on the position folded to lower case without diacritics, and know
 * the words staff type for foreign offices too (maire, alcalde, prezydent miasta, 市長, hokim).
 */

/**
 * How the English salutation uses the title: "Dear Mayor Smith" (titleName), "Dear Minister"
 * (titleOnly), "Dear Madam President" / "Dear Mr President" (madamMr, "Dear President Smith"
 * when the gender is not known).
 */
export type EnglishStyle = 'titleName' | 'titleOnly' | 'madamMr'

/** What precedes the name on an English envelope for holders of the office. */
export type EnglishEnvelopePrefix = 'The Honourable' | 'The Right Reverend' | null

export type OfficeRule = {
  id: string
  match: RegExp
  /** The title after "Frau" / "Herr", declined as it stands there ("Regierender Bürgermeister"). */
  de: { female: string; male: string }
  en: { title: string; style: EnglishStyle; envelope: EnglishEnvelopePrefix }
  /** Ambassadors and archbishops: "Exzellenz", "Your Excellency", "Ihrer Exzellenz" on the envelope. */
  excellency: boolean
}

const row = (
  id: string,
  match: RegExp,
  de: [female: string, male: string],
  en: [title: string, style: EnglishStyle, envelope: EnglishEnvelopePrefix],
  excellency = false,
): OfficeRule => ({
  id,
  match,
  de: { female: de[0], male: de[1] },
  en: { title: en[0], style: en[1], envelope: en[2] },
  excellency,
})

const HON = 'The Honourable'

export const OFFICE_RULES: readonly OfficeRule[] = [
  row(
    'ambassador',
    /botschafter|ambassador|ambassadeur|embajador|ambasciatore|ambasador|大使/,
    ['Botschafterin', 'Botschafter'],
    ['Ambassador', 'titleOnly', null],
    true,
  ),
  row(
    'archbishop',
    /erzbisch|archbishop|archeveque|arzobispo/,
    ['Erzbischöfin', 'Erzbischof'],
    ['Archbishop', 'titleName', null],
    true,
  ),
  row(
    'bishop',
    /bischof|bishop|eveque|obispo/,
    ['Bischöfin', 'Bischof'],
    ['Bishop', 'titleName', 'The Right Reverend'],
  ),
  row(
    'consulGeneral',
    /generalkonsul|consul[- ]general|consule? general|consul generale?/,
    ['Generalkonsulin', 'Generalkonsul'],
    ['Consul General', 'titleName', null],
  ),
  row('consul', /konsul(in)?\b|\bconsul\b/, ['Konsulin', 'Konsul'], ['Consul', 'titleName', null]),
  row(
    'governingMayor',
    /regierende[rn]? burgermeister|governing mayor/,
    ['Regierende Bürgermeisterin', 'Regierender Bürgermeister'],
    ['Governing Mayor', 'titleName', HON],
  ),
  row(
    'lordMayor',
    /lord mayor|oberburgermeister/,
    ['Oberbürgermeisterin', 'Oberbürgermeister'],
    ['Lord Mayor', 'titleOnly', HON],
  ),
  row(
    'districtMayor',
    /bezirksburgermeister|district mayor|borough mayor|maire d.arrondissement/,
    ['Bezirksbürgermeisterin', 'Bezirksbürgermeister'],
    ['District Mayor', 'titleName', HON],
  ),
  row(
    'deputyMayor',
    /stellvertretende[rn]? .*burgermeister|vizeburgermeister|deputy mayor|vice mayor|adjointe? (a|au) (la |le )?maire|teniente de alcalde|zast[e]pc\w* prezydenta|副市长|副市長/,
    ['Bürgermeisterin', 'Bürgermeister'],
    ['Deputy Mayor', 'titleName', HON],
  ),
  row(
    'mayor',
    /burgermeister|mayor|\bmaire\b|alcalde|sindac|prezydent(a)? (miasta|m\. ?st\.)|hokim|市長|市长/,
    ['Bürgermeisterin', 'Bürgermeister'],
    ['Mayor', 'titleName', HON],
  ),
  row(
    'viceGovernor',
    /vizegouverneur|vice[- ]governor|lieutenant governor|副知事/,
    ['Vizegouverneurin', 'Vizegouverneur'],
    ['Vice Governor', 'titleName', HON],
  ),
  row(
    'governor',
    /gouverneur|governor|知事/,
    ['Gouverneurin', 'Gouverneur'],
    ['Governor', 'titleName', HON],
  ),
  row(
    'ministerPresident',
    /ministerprasident|prime minister|premier minister/,
    ['Ministerpräsidentin', 'Ministerpräsident'],
    ['Prime Minister', 'titleOnly', HON],
  ),
  row(
    'minister',
    /minister(in)?\b|\bministre\b|\bministro\b/,
    ['Ministerin', 'Minister'],
    ['Minister', 'titleOnly', HON],
  ),
  row(
    'stateSecretary',
    /staatssekretar|state secretary|secretary of state/,
    ['Staatssekretärin', 'Staatssekretär'],
    ['State Secretary', 'titleName', HON],
  ),
  row('senator', /senator/, ['Senatorin', 'Senator'], ['Senator', 'titleName', HON]),
  row(
    'vicePresident',
    /vizeprasident|vice[- ]president/,
    ['Vizepräsidentin', 'Vizepräsident'],
    ['Vice President', 'madamMr', null],
  ),
  row(
    'president',
    /prasident|president|presidente|prezydent/,
    ['Präsidentin', 'Präsident'],
    ['President', 'madamMr', null],
  ),
  row(
    'chair',
    /vorsitzende|chair(man|woman|person)?\b|speaker of/,
    ['Vorsitzende', 'Vorsitzender'],
    ['Chair', 'madamMr', null],
  ),
]

/** Folded as the patterns expect: lower case, combining marks removed (ä → a, é → e). */
export function foldPosition(position: string): string {
  return position.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The office rule for a position, or null for an office that changes nothing. */
export function officeRuleFor(position: string): OfficeRule | null {
  const folded = foldPosition(position)
  if (folded.trim() === '') return null
  return OFFICE_RULES.find((rule) => rule.match.test(folded)) ?? null
}
