import type { AgendaKind } from '../src/shared/model/agenda'
import type { FocusTheme } from '../src/shared/model/common'
import type { OrganizationKind } from '../src/shared/model/organization'
import type { PartnerCityKey } from '../src/shared/seed/partnerCities'

/** The words the large data set is made of: German, as the office writes it. */

/** "Senator/Senatorin; Rektor/Rektorin" → [["Senator", "Senatorin"], ["Rektor", "Rektorin"]]. */
function offices(text: string): [string, string][] {
  return text.split('; ').map((pair) => {
    const [masculine = '', feminine = ''] = pair.split('/')
    return [masculine, feminine]
  })
}

const GENERAL =
  'Pressesprecher/Pressesprecherin; Projektleiter/Projektleiterin; Referent/Referentin'

/** Offices as [masculine, feminine], by the kind of organization the person works for. */
export const POSITIONS: Record<OrganizationKind | 'none', readonly (readonly [string, string])[]> =
  {
    government: offices(
      `Bürgermeister/Bürgermeisterin; Stellvertretender Bürgermeister/Stellvertretende Bürgermeisterin; Staatssekretär/Staatssekretärin; Senator/Senatorin; Abteilungsleiter/Abteilungsleiterin; Referatsleiter Internationales/Referatsleiterin Internationales; Referent für Städtepartnerschaften/Referentin für Städtepartnerschaften; Protokollchef/Protokollchefin; Sachbearbeiter/Sachbearbeiterin; ${GENERAL}`,
    ),
    parliament: offices(
      `Abgeordneter/Abgeordnete; Präsident/Präsidentin; Ausschussvorsitzender/Ausschussvorsitzende; ${GENERAL}`,
    ),
    embassy: offices(
      `Botschafter/Botschafterin; Generalkonsul/Generalkonsulin; Gesandter/Gesandte; Kulturattaché/Kulturattachée; Dolmetscher/Dolmetscherin; ${GENERAL}`,
    ),
    business: offices(
      `Geschäftsführer/Geschäftsführerin; Vorstandsvorsitzender/Vorstandsvorsitzende; Leiter Export/Leiterin Export; ${GENERAL}`,
    ),
    science: offices(
      `Rektor/Rektorin; Professor für Stadtplanung/Professorin für Stadtplanung; Institutsdirektor/Institutsdirektorin; Wissenschaftlicher Mitarbeiter/Wissenschaftliche Mitarbeiterin; ${GENERAL}`,
    ),
    culture: offices(
      `Intendant/Intendantin; Direktor/Direktorin; Kurator/Kuratorin; Dirigent/Dirigentin; ${GENERAL}`,
    ),
    civilSociety: offices(
      `Vorsitzender/Vorsitzende; Geschäftsführer/Geschäftsführerin; ${GENERAL}`,
    ),
    youth: offices(`Jugendreferent/Jugendreferentin; Vorsitzender/Vorsitzende; ${GENERAL}`),
    sport: offices(
      `Sportdirektor/Sportdirektorin; Präsident/Präsidentin; Trainer/Trainerin; ${GENERAL}`,
    ),
    media: offices(`Chefredakteur/Chefredakteurin; Korrespondent/Korrespondentin; ${GENERAL}`),
    other: offices(`Präsident/Präsidentin; Geschäftsführer/Geschäftsführerin; ${GENERAL}`),
    none: offices(
      `Dolmetscher/Dolmetscherin; Sicherheitsbeauftragter/Sicherheitsbeauftragte; Berater/Beraterin; Journalist/Journalistin; Unternehmer/Unternehmerin; Künstler/Künstlerin; Ehrenbürger/Ehrenbürgerin`,
    ),
  }

export const TAGS = [
  'VIP',
  'Klima',
  'Wirtschaft',
  'Kultur',
  'Wissenschaft',
  'Jugend',
  'Sport',
  'Presse',
  'Protokoll',
  'Verkehr',
  'Stadtentwicklung',
  'Umwelt',
  'Integration',
  'Tourismus',
  'Verwaltung',
  'Zivilgesellschaft',
  'Diplomatisches Korps',
  'Dolmetschen',
  'Parlament',
  'Senat',
] as const

export const TOPICS = [
  'Umwelt',
  'Verkehr',
  'Kultur',
  'Wirtschaft',
  'Bildung',
  'Stadtentwicklung',
  'Finanzen',
  'Gesundheit',
  'Digitales',
  'Integration',
  'Klimaschutz',
  'Wohnen',
  'Wissenschaft',
  'Tourismus',
]

/** Name patterns per organization kind; {topic}, {name} and {country} are filled in. */
export const ORGANIZATION_PATTERNS: Record<OrganizationKind, readonly string[]> = {
  government: [
    'Senatsverwaltung für {topic}',
    'Amt für {topic}',
    'Stadtverwaltung, Referat {topic}',
  ],
  parliament: ['Ausschuss für {topic}', 'Fraktion {name}', 'Stadtrat, Ausschuss {topic}'],
  embassy: ['Botschaft, Abteilung {topic}', 'Generalkonsulat, Referat {topic}'],
  business: ['{name} GmbH', '{name} & Partner', '{name} Holding AG', '{name} {topic} AG'],
  science: ['Universität, Fakultät {topic}', 'Institut für {topic}', 'Hochschule für {topic}'],
  culture: ['Museum {name}', 'Theater {name}', 'Kulturzentrum {name}', 'Philharmonie {name}'],
  civilSociety: ['Verein {name} e. V.', 'Stiftung {name}', 'Netzwerk {topic}'],
  youth: ['Jugendwerk {name}', 'Jugendring {topic}', 'Schüleraustausch {name}'],
  sport: ['Sportverein {name}', 'Verband {name}', 'Olympiastützpunkt {topic}'],
  media: ['Zeitung {name}', 'Rundfunk {name}', 'Nachrichtenagentur {name}'],
  other: ['Handelskammer {topic}', 'Flughafen {name}', 'Messe {name}'],
}

/** How often each kind occurs among the ~1,500 organizations. */
export const ORGANIZATION_KIND_WEIGHTS: readonly OrganizationKind[] = [
  ...Array<OrganizationKind>(5).fill('government'),
  'parliament',
  'embassy',
  ...Array<OrganizationKind>(4).fill('business'),
  ...Array<OrganizationKind>(3).fill('science'),
  ...Array<OrganizationKind>(3).fill('culture'),
  ...Array<OrganizationKind>(3).fill('civilSociety'),
  'youth',
  'sport',
  'media',
  'other',
]

/** Organization names in the local script, for the cities that write in one. */
export const LOCAL_SCRIPT_ORGANIZATIONS: Partial<Record<string, readonly string[]>> = {
  tokyo: ['東京都環境局', '東京都交通局', '東京大学', '東京国際交流財団', '東京商工会議所'],
  beijing: ['北京市人民政府外事办公室', '北京大学', '北京市交通委员会', '北京国际交流协会'],
  moscow: ['Правительство Москвы', 'Московский университет', 'Департамент культуры Москвы'],
  tashkent: ['Тошкент шаҳар ҳокимлиги', 'Тошкент давлат университети'],
}

/** Streets by city key ("home": the home city), so an address reads like the city it is in. */
export const STREETS: Record<PartnerCityKey | 'home', readonly string[]> = {
  home: ['Unter den Linden', 'Friedrichstraße', 'Karl-Marx-Allee', 'Rathausstraße', 'Kantstraße'],
  losAngeles: ['Spring Street', 'Wilshire Boulevard', 'Grand Avenue'],
  paris: ['Rue de Rivoli', 'Avenue de l’Opéra', 'Boulevard Saint-Germain'],
  madrid: ['Calle de Alcalá', 'Gran Vía', 'Paseo de la Castellana'],
  istanbul: ['İstiklal Caddesi', 'Büyükdere Caddesi', 'Cumhuriyet Caddesi'],
  warsaw: ['ulica Marszałkowska', 'Aleje Jerozolimskie', 'Nowy Świat'],
  moscow: ['Tverskaya ulitsa', 'Novy Arbat', 'Myasnitskaya ulitsa'],
  budapest: ['Andrássy út', 'Váci utca', 'Bajcsy-Zsilinszky út'],
  brussels: ['Rue de la Loi', 'Avenue Louise', 'Boulevard Anspach'],
  jakarta: ['Jalan Sudirman', 'Jalan Thamrin', 'Jalan Medan Merdeka'],
  tashkent: ['Amir Temur shoh ko‘chasi', 'Navoiy ko‘chasi', 'Mustaqillik maydoni'],
  mexicoCity: ['Paseo de la Reforma', 'Avenida Juárez', 'Calle Madero'],
  beijing: ['Chang’an Jie', 'Wangfujing Dajie', 'Jianguomenwai Dajie'],
  tokyo: ['Nishi-Shinjuku', 'Marunouchi', 'Kasumigaseki'],
  buenosAires: ['Avenida de Mayo', 'Avenida Corrientes', 'Calle Florida'],
  prague: ['Národní třída', 'Václavské náměstí', 'Mariánské náměstí'],
  windhoek: ['Independence Avenue', 'Robert Mugabe Avenue', 'Sam Nujoma Drive'],
  london: ['Whitehall', 'The Strand', 'Queen Victoria Street'],
}

/** What tells two organizations of the same name apart: the home city's districts, or a quarter. */
export const DISTRICTS = {
  home: ['Mitte', 'Pankow', 'Neukölln', 'Spandau', 'Lichtenberg', 'Charlottenburg-Wilmersdorf'],
  partner: ['Nord', 'Süd', 'Ost', 'West', 'Zentrum', 'Altstadt'],
}

export const BIOGRAPHIES = [
  'Seit vielen Jahren in der Städtepartnerschaft engagiert; spricht fließend Deutsch.',
  'Zuvor in der Landesverwaltung für Verkehrsplanung zuständig.',
  'Studium der Stadtplanung; Schwerpunkt klimaneutrale Quartiere.',
  'Leitet das Austauschprogramm für Nachwuchskräfte der Verwaltung.',
  'Mitglied mehrerer Kulturstiftungen, Initiator des Jugendfestivals.',
  'Langjährige Erfahrung in Wirtschaftsförderung und Ansiedlung.',
]

export const DIETARY_NEEDS = ['vegetarisch', 'vegan', 'halal', 'koscher', 'keine Nüsse (Allergie)']
export const ACCESSIBILITY_NEEDS = ['Rollstuhl, stufenloser Zugang nötig', 'Hörschleife erbeten']

/** German names of the focus themes, for visit and programme titles. */
export const THEME_TITLES: Record<FocusTheme, string> = {
  economy: 'Wirtschaft',
  science: 'Wissenschaft',
  culture: 'Kultur',
  climate: 'Klimaschutz',
  integration: 'Integration',
  urbanDevelopment: 'Stadtentwicklung',
  transport: 'Verkehr',
  environment: 'Umwelt',
  administration: 'Verwaltungsmodernisierung',
  civilSociety: 'Zivilgesellschaft',
  youth: 'Jugendaustausch',
  sport: 'Sport',
  tourism: 'Tourismus',
}

/** Agenda item titles per kind. */
export const AGENDA_TITLES: Record<AgendaKind, readonly string[]> = {
  meeting: ['Arbeitsgespräch', 'Fachgespräch', 'Gespräch mit der Bürgermeisterin', 'Workshop'],
  siteVisit: ['Besichtigung Quartier', 'Besuch Verkehrsleitzentrale', 'Besuch Klärwerk'],
  meal: ['Arbeitsmittagessen', 'Abendessen', 'Frühstück mit Unternehmen'],
  reception: ['Empfang im Rathaus', 'Empfang der Botschaft'],
  ceremony: ['Eintragung ins Goldene Buch', 'Unterzeichnung der Absichtserklärung'],
  transfer: ['Transfer zum Hotel', 'Transfer zum Flughafen', 'Fahrt zum Termin'],
  press: ['Pressegespräch', 'Fototermin'],
  cultural: ['Konzertbesuch', 'Museumsführung', 'Stadtrundgang'],
  free: ['Zeit zur freien Verfügung'],
}

export const PLACES = ['Rathaus', 'Hotel', 'Konferenzraum 3', 'Museum', 'Botschaft', 'Universität']
