import { describe, expect, it } from 'vitest'
import { OFFICE_RULES, officeRuleFor } from './officeRules'
import { suggestAddressForm, type AddressGender, type AddressPerson } from './suggestAddressForms'

type Case = {
  rule: string
  position: string
  gender: AddressGender
  de: [letter: string, spoken: string]
  en: [letter: string, spoken: string]
}

/** One row per rule of the table: a position as staff type it, and what protocol expects. */
const CASES: Case[] = [
  {
    rule: 'ambassador',
    position: 'Botschafterin der Bundesrepublik Deutschland in Japan',
    gender: 'female',
    de: ['Sehr geehrte Frau Botschafterin,', 'Exzellenz'],
    en: ['Your Excellency,', 'Your Excellency'],
  },
  {
    rule: 'archbishop',
    position: 'Erzbischof von Berlin',
    gender: 'male',
    de: ['Sehr geehrter Herr Erzbischof,', 'Exzellenz'],
    en: ['Your Excellency,', 'Your Excellency'],
  },
  {
    rule: 'bishop',
    position: 'Bischöfin der Evangelischen Kirche Berlin-Brandenburg',
    gender: 'female',
    de: ['Sehr geehrte Frau Bischöfin,', 'Frau Bischöfin'],
    en: ['Dear Bishop Weber,', 'Bishop Weber'],
  },
  {
    rule: 'consulGeneral',
    position: 'Generalkonsul von Japan in Hamburg',
    gender: 'male',
    de: ['Sehr geehrter Herr Generalkonsul,', 'Herr Generalkonsul'],
    en: ['Dear Consul General Weber,', 'Consul General Weber'],
  },
  {
    rule: 'consul',
    position: 'Honorarkonsulin der Republik Namibia',
    gender: 'female',
    de: ['Sehr geehrte Frau Konsulin,', 'Frau Konsulin'],
    en: ['Dear Consul Weber,', 'Consul Weber'],
  },
  {
    rule: 'governingMayor',
    position: 'Regierende Bürgermeisterin von Berlin',
    gender: 'female',
    de: ['Sehr geehrte Frau Regierende Bürgermeisterin,', 'Frau Regierende Bürgermeisterin'],
    en: ['Dear Governing Mayor Weber,', 'Governing Mayor Weber'],
  },
  {
    rule: 'lordMayor',
    position: 'Oberbürgermeister der Landeshauptstadt Potsdam',
    gender: 'male',
    de: ['Sehr geehrter Herr Oberbürgermeister,', 'Herr Oberbürgermeister'],
    en: ['Dear Lord Mayor,', 'Lord Mayor'],
  },
  {
    rule: 'districtMayor',
    position: 'Bezirksbürgermeister von Pankow',
    gender: 'male',
    de: ['Sehr geehrter Herr Bezirksbürgermeister,', 'Herr Bezirksbürgermeister'],
    en: ['Dear District Mayor Weber,', 'District Mayor Weber'],
  },
  {
    rule: 'deputyMayor',
    position: 'Adjointe à la Maire de Paris chargée de la culture',
    gender: 'female',
    de: ['Sehr geehrte Frau Bürgermeisterin,', 'Frau Bürgermeisterin'],
    en: ['Dear Deputy Mayor Weber,', 'Deputy Mayor Weber'],
  },
  {
    rule: 'mayor',
    position: 'Mayor of Windhoek',
    gender: 'male',
    de: ['Sehr geehrter Herr Bürgermeister,', 'Herr Bürgermeister'],
    en: ['Dear Mayor Weber,', 'Mayor Weber'],
  },
  {
    rule: 'viceGovernor',
    position: 'Vizegouverneur von Tokio (副知事)',
    gender: 'male',
    de: ['Sehr geehrter Herr Vizegouverneur,', 'Herr Vizegouverneur'],
    en: ['Dear Vice Governor Weber,', 'Vice Governor Weber'],
  },
  {
    rule: 'governor',
    position: 'Gouverneurin von Tokio (東京都知事)',
    gender: 'female',
    de: ['Sehr geehrte Frau Gouverneurin,', 'Frau Gouverneurin'],
    en: ['Dear Governor Weber,', 'Governor Weber'],
  },
  {
    rule: 'ministerPresident',
    position: 'Ministerpräsident des Landes Brandenburg',
    gender: 'male',
    de: ['Sehr geehrter Herr Ministerpräsident,', 'Herr Ministerpräsident'],
    en: ['Dear Prime Minister,', 'Prime Minister'],
  },
  {
    rule: 'minister',
    position: 'Bundesminister für Verkehr',
    gender: 'male',
    de: ['Sehr geehrter Herr Minister,', 'Herr Minister'],
    en: ['Dear Minister,', 'Minister'],
  },
  {
    rule: 'stateSecretary',
    position: 'Staatssekretärin für Europa und Internationales',
    gender: 'female',
    de: ['Sehr geehrte Frau Staatssekretärin,', 'Frau Staatssekretärin'],
    en: ['Dear State Secretary Weber,', 'State Secretary Weber'],
  },
  {
    rule: 'senator',
    position: 'Senatorin für Mobilität, Verkehr, Klimaschutz und Umwelt',
    gender: 'female',
    de: ['Sehr geehrte Frau Senatorin,', 'Frau Senatorin'],
    en: ['Dear Senator Weber,', 'Senator Weber'],
  },
  {
    rule: 'vicePresident',
    position: 'Vizepräsidentin des Abgeordnetenhauses',
    gender: 'female',
    de: ['Sehr geehrte Frau Vizepräsidentin,', 'Frau Vizepräsidentin'],
    en: ['Dear Madam Vice President,', 'Madam Vice President'],
  },
  {
    rule: 'president',
    position: 'Präsident des Abgeordnetenhauses von Berlin',
    gender: 'male',
    de: ['Sehr geehrter Herr Präsident,', 'Herr Präsident'],
    en: ['Dear Mr President,', 'Mr President'],
  },
  {
    rule: 'chair',
    position: 'Vorsitzender des Stadtparlaments von Tokio',
    gender: 'male',
    de: ['Sehr geehrter Herr Vorsitzender,', 'Herr Vorsitzender'],
    en: ['Dear Mr Chair,', 'Mr Chair'],
  },
]

const person = (over: Partial<AddressPerson>): AddressPerson => ({
  honorificPrefix: '',
  honorificSuffix: '',
  givenName: 'Anna',
  familyName: 'Weber',
  position: '',
  gender: null,
  ...over,
})

describe('office rules', () => {
  it('has one example per rule, in the order of the table', () => {
    expect(CASES.map((c) => c.rule)).toEqual(OFFICE_RULES.map((r) => r.id))
  })

  it.each(CASES)('$rule: $position', ({ rule, position, gender, de, en }) => {
    expect(officeRuleFor(position)?.id).toBe(rule)
    const p = person({ position, gender })
    const german = suggestAddressForm(p, 'de')
    const english = suggestAddressForm(p, 'en')
    expect([german?.letterSalutation, german?.spokenAddress]).toEqual(de)
    expect([english?.letterSalutation, english?.spokenAddress]).toEqual(en)
  })

  it.each([
    'Senior Consultant',
    'Ministerialdirektorin',
    'Sprecher des Senats',
    'Geschäftsführerin',
    'Primaire Lehrerin',
    '',
  ])('leaves "%s" to the plain forms', (position) => {
    expect(officeRuleFor(position)).toBeNull()
  })

  it('knows mayors of foreign cities in their own words', () => {
    for (const position of [
      'Prezydent m.st. Warszawy',
      'Alcalde de Madrid',
      'Maire de Paris',
      'Hokim von Taschkent',
      '東京都市長',
    ]) {
      expect(officeRuleFor(position)?.id, position).toBe('mayor')
    }
    expect(officeRuleFor('Zastępczyni Prezydenta m.st. Warszawy')?.id).toBe('deputyMayor')
    expect(officeRuleFor('Stellvertretender Hokim (Bürgermeister) von Taschkent')?.id).toBe(
      'deputyMayor',
    )
  })
})
