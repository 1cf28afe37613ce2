import type { OrganizationSpec, ProgrammeSpec } from './demoTypes'

/** Organizations of the demo set: of Berlin and of six partner cities, of every kind. */
export const DEMO_ORGANIZATIONS: OrganizationSpec[] = [
  // Berlin
  {
    key: 'senatskanzlei',
    name: 'Senatskanzlei Berlin',
    kind: 'government',
    city: null,
    address: 'Rotes Rathaus, Rathausstraße 15, 10178 Berlin',
    web: 'https://www.berlin.de/rbmskzl/',
  },
  {
    key: 'abgeordnetenhaus',
    name: 'Abgeordnetenhaus von Berlin',
    kind: 'parliament',
    city: null,
    address: 'Niederkirchnerstraße 5, 10117 Berlin',
  },
  {
    key: 'senMobility',
    name: 'Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt',
    kind: 'government',
    city: null,
    address: 'Am Köllnischen Park 3, 10179 Berlin',
  },
  { key: 'lka', name: 'Landeskriminalamt Berlin – Personenschutz', kind: 'government', city: null },
  {
    key: 'berlinPartner',
    name: 'Berlin Partner für Wirtschaft und Technologie GmbH',
    kind: 'business',
    city: null,
    address: 'Fasanenstraße 85, 10623 Berlin',
  },
  {
    key: 'tuBerlin',
    name: 'Technische Universität Berlin',
    kind: 'science',
    city: null,
    address: 'Straße des 17. Juni 135, 10623 Berlin',
  },
  { key: 'jugendring', name: 'Landesjugendring Berlin e. V.', kind: 'youth', city: null },
  {
    key: 'sportbund',
    name: 'Landessportbund Berlin e. V.',
    kind: 'sport',
    city: null,
    address: 'Jesse-Owens-Allee 2, 14053 Berlin',
  },
  { key: 'stadtmuseum', name: 'Stiftung Stadtmuseum Berlin', kind: 'culture', city: null },
  {
    key: 'klimabuendnis',
    name: 'Klimabündnis Berliner Kieze e. V.',
    kind: 'civilSociety',
    city: null,
    notes: 'Netzwerk von 40 Nachbarschaftsinitiativen; Partner im Programm mit Windhuk.',
  },
  {
    key: 'embassyJapan',
    name: 'Botschaft von Japan',
    localName: '在ドイツ日本国大使館',
    kind: 'embassy',
    city: null,
    address: 'Hiroshimastraße 6, 10785 Berlin',
  },
  { key: 'rbb', name: 'Rundfunk Berlin-Brandenburg (rbb)', kind: 'media', city: null },
  // Tokyo
  {
    key: 'tmg',
    name: 'Tokyo Metropolitan Government',
    localName: '東京都庁',
    kind: 'government',
    city: 'tokyo',
    address: '2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001',
    web: 'https://www.metro.tokyo.lg.jp/',
  },
  {
    key: 'tokyoEnv',
    name: 'Bureau of Environment, Tokyo Metropolitan Government',
    localName: '東京都環境局',
    kind: 'government',
    city: 'tokyo',
  },
  {
    key: 'tokyoAssembly',
    name: 'Tokyo Metropolitan Assembly',
    localName: '東京都議会',
    kind: 'parliament',
    city: 'tokyo',
  },
  {
    key: 'tokyoChamber',
    name: 'Tokyo Chamber of Commerce and Industry',
    localName: '東京商工会議所',
    kind: 'business',
    city: 'tokyo',
  },
  {
    key: 'tokyoClimateInstitute',
    name: 'Tokyo Institute for Urban Climate Research',
    localName: '東京都市気候研究所',
    kind: 'science',
    city: 'tokyo',
  },
  {
    key: 'embassyTokyo',
    name: 'Botschaft der Bundesrepublik Deutschland Tokyo',
    localName: 'ドイツ連邦共和国大使館',
    kind: 'embassy',
    city: 'tokyo',
    address: '4-5-10 Minami-Azabu, Minato-ku, Tokyo 106-0047',
  },
  // Los Angeles
  {
    key: 'cityOfLA',
    name: 'City of Los Angeles – Office of the Mayor',
    kind: 'government',
    city: 'losAngeles',
    address: '200 N Spring Street, Los Angeles, CA 90012',
  },
  { key: 'laCouncil', name: 'Los Angeles City Council', kind: 'parliament', city: 'losAngeles' },
  {
    key: 'laMetro',
    name: 'Los Angeles County Metropolitan Transportation Authority',
    kind: 'government',
    city: 'losAngeles',
  },
  {
    key: 'pacificVentures',
    name: 'Pacific Climate Ventures',
    kind: 'business',
    city: 'losAngeles',
  },
  { key: 'laYouthSports', name: 'LA Youth Sports Alliance', kind: 'sport', city: 'losAngeles' },
  // Paris
  {
    key: 'villeDeParis',
    name: 'Ville de Paris',
    kind: 'government',
    city: 'paris',
    address: "Hôtel de Ville, Place de l'Hôtel de Ville, 75004 Paris",
    web: 'https://www.paris.fr/',
  },
  {
    key: 'dfjw',
    name: 'Deutsch-Französisches Jugendwerk',
    localName: 'Office franco-allemand pour la Jeunesse',
    kind: 'youth',
    city: 'paris',
    address: "51 rue de l'Amiral-Mouchez, 75013 Paris",
    web: 'https://www.dfjw.org/',
  },
  { key: 'museeArtsUrbains', name: 'Musée des Arts urbains', kind: 'culture', city: 'paris' },
  // Warsaw
  {
    key: 'warsawCity',
    name: 'Urząd m.st. Warszawy',
    kind: 'government',
    city: 'warsaw',
    address: 'Plac Bankowy 3/5, 00-950 Warszawa',
  },
  { key: 'ztm', name: 'Zarząd Transportu Miejskiego', kind: 'government', city: 'warsaw' },
  // Windhoek
  {
    key: 'cityOfWindhoek',
    name: 'City of Windhoek',
    kind: 'government',
    city: 'windhoek',
    address: 'Independence Avenue, Windhoek',
  },
  {
    key: 'windhoekYouthClimate',
    name: 'Windhoek Youth Climate Network',
    kind: 'civilSociety',
    city: 'windhoek',
  },
  // Beijing
  {
    key: 'beijingGov',
    name: "Beijing Municipal People's Government",
    localName: '北京市人民政府',
    kind: 'government',
    city: 'beijing',
  },
  {
    key: 'beijingFao',
    name: 'Foreign Affairs Office of the Beijing Municipal Government',
    localName: '北京市人民政府外事办公室',
    kind: 'government',
    city: 'beijing',
  },
  {
    key: 'beijingAcademy',
    name: 'Beijing Academy of Science and Technology',
    localName: '北京市科学技术研究院',
    kind: 'science',
    city: 'beijing',
  },
  // Tashkent
  {
    key: 'tashkentKhokimiyat',
    name: 'Tashkent City Khokimiyat',
    localName: 'Тошкент шаҳар ҳокимлиги',
    kind: 'government',
    city: 'tashkent',
  },
  {
    key: 'tashkentConservatory',
    name: 'State Conservatory of Uzbekistan',
    localName: 'Ўзбекистон давлат консерваторияси',
    kind: 'culture',
    city: 'tashkent',
  },
]

/** Long-running cooperation, so that visits serve a programme rather than stand alone. */
export const DEMO_PROGRAMMES: ProgrammeSpec[] = [
  {
    key: 'tokyoClimate',
    title: 'Klimapartnerschaft Berlin–Tokio',
    city: 'tokyo',
    themes: ['climate', 'urbanDevelopment', 'science'],
    startYear: 2019,
    endYear: null,
    description:
      'Austausch zu Emissionshandel, klimaneutralen Gebäuden und Wasserstoff im Stadtverkehr; jährliches Fachgespräch abwechselnd in Berlin und Tokio.',
  },
  {
    key: 'parisYouth',
    title: 'Jugendaustausch Berlin–Paris',
    city: 'paris',
    themes: ['youth', 'culture', 'integration'],
    startYear: 1988,
    endYear: null,
    description:
      'Schul- und Vereinsbegegnungen mit dem Deutsch-Französischen Jugendwerk; jedes Jahr rund 600 Jugendliche aus beiden Städten.',
  },
  {
    key: 'laInnovation',
    title: 'Innovations- und Mobilitätsdialog Berlin–Los Angeles',
    city: 'losAngeles',
    themes: ['economy', 'transport', 'climate'],
    startYear: 2017,
    endYear: null,
    description:
      'Start-ups, E-Mobilität und Verkehrsdaten; Delegationen aus Wirtschaft und Verwaltung in beide Richtungen.',
  },
  {
    key: 'warsawMobility',
    title: 'Städtepartnerschaft für nachhaltige Mobilität Berlin–Warschau',
    city: 'warsaw',
    themes: ['transport', 'urbanDevelopment', 'administration'],
    startYear: 2021,
    endYear: 2027,
    description:
      'Gemeinsame Arbeitsgruppe zu Radverkehr, Taktverkehr im Umland und digitalen Fahrgastinformationen.',
  },
  {
    key: 'windhoekWater',
    title: 'Wasser- und Klimapartnerschaft Berlin–Windhuk',
    city: 'windhoek',
    themes: ['climate', 'environment', 'civilSociety'],
    startYear: 2015,
    endYear: null,
    description:
      'Wasserwiederverwendung, Hitzeschutz in informellen Siedlungen und ein Netzwerk junger Klimainitiativen beider Städte.',
  },
]
