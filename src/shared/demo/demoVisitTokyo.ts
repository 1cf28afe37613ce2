import type { VisitSpec } from './demoTypes'
import { item } from './demoHelpers'
import {
  GOVERNOR_DEFENSIVE_LINES,
  TOKYO_PROTOCOL,
  TOKYO_TRIP_MOBILES,
} from './demoVisitTokyoProtocol'

const TOCHO = 'Tokyo Metropolitan Government Building No. 1'
const TOCHO_ADDRESS = '2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001'
const JA_INTERPRETER = 'Yuki Hartmann-Sato (Japanisch–Deutsch, konsekutiv)'
const CAR_1 = 'Wagen 1: Regierende Bürgermeisterin, Leiter des Protokolls, Personenschutz'
const CARS = `${CAR_1}; Wagen 2: Staatssekretärin, Senatorin, Dolmetscherin; Kleinbus: übrige Delegation`

/** The mayor's trip to Tokyo: the flagship visit of the climate partnership, three weeks ahead. */
export const DEMO_VISIT_TOKYO: VisitSpec = {
  key: 'tokyoClimateTrip',
  title: 'Reise der Regierenden Bürgermeisterin nach Tokio',
  direction: 'outgoing',
  city: 'tokyo',
  startInDays: 21,
  days: 6,
  status: 'confirmed',
  themes: ['climate', 'urbanDevelopment', 'economy'],
  programme: 'tokyoClimate',
  purpose:
    'Fortschreibung der Klimapartnerschaft und Unterzeichnung der Absichtserklärung für die Jahre 2027 bis 2031.',
  objectives:
    'Absichtserklärung unterzeichnen; Fachaustausch zum Emissionshandel für Gebäude vereinbaren; zwei Berliner Wasserstoff-Start-ups mit Tokioter Partnern zusammenbringen.',
  background:
    'Tokio betreibt seit 2010 einen städtischen Emissionshandel für große Gebäude. Berlin will Erfahrungen für die Wärmewende nutzen. Letzter Besuch auf dieser Ebene: Gegenbesuch der Gouverneurin in Berlin vor zwei Jahren.',
  classification: 'internal',
  category: 'official',
  protocol: TOKYO_PROTOCOL,
  tripMobiles: TOKYO_TRIP_MOBILES,
  head: 'mayor',
  host: 'tokyoGovernor',
  participants: [
    ['mayor', 'delegation', 'head'],
    ['stateSecretary', 'delegation', 'member'],
    ['senatorMobility', 'delegation', 'member'],
    ['businessCeo', 'delegation', 'member'],
    ['chiefOfProtocol', 'delegation', 'staff'],
    ['protocolOfficer', 'delegation', 'staff'],
    ['interpreterJa', 'delegation', 'interpreter'],
    ['pressSpokesperson', 'delegation', 'press'],
    ['securityOfficer', 'delegation', 'security'],
    ['tokyoGovernor', 'host', 'head'],
    ['tokyoViceGovernor', 'host', 'member'],
    ['tokyoEnvDirector', 'host', 'member'],
    ['tokyoIntlDirector', 'host', 'staff'],
  ],
  agenda: [
    item(1, '14:00', '15:00', 'meeting', 'Vorbesprechung in der Deutschen Botschaft', {
      desiredOutcome: 'Delegation kennt die Erwartungen der Tokioter Seite und die heiklen Themen.',
      pressAccess: 'closed',
      vehicle: CARS,
      place: 'Botschaft der Bundesrepublik Deutschland',
      address: '4-5-10 Minami-Azabu, Minato-ku, Tokyo 106-0047',
      counterparts: ['germanAmbassadorTokyo'],
      attendees: ['mayor', 'stateSecretary', 'chiefOfProtocol'],
      purpose: 'Lagebild der Botschaft zur Stadtpolitik Tokios und zu den Gesprächspartnern.',
      dressCode: 'Business',
    }),
    item(1, '19:00', '21:00', 'meal', 'Abendessen in der Residenz der Botschafterin', {
      desiredOutcome: 'Vertrauensvolles Gespräch mit der Handelskammer vor dem Wirtschaftsforum.',
      pressAccess: 'closed',
      vehicle: CAR_1,
      seatingNote: 'Runder Tisch für zehn; Regierende Bürgermeisterin rechts der Botschafterin.',
      place: 'Residenz der Botschafterin',
      counterparts: ['germanAmbassadorTokyo', 'tokyoChamberVice'],
      dressCode: 'Dunkler Anzug',
      notes:
        'Tischordnung nach Protokollrang; Allergie der Gouverneurin betrifft diesen Termin nicht.',
    }),
    item(2, '10:00', '11:15', 'meeting', 'Gespräch mit der Gouverneurin von Tokio', {
      desiredOutcome:
        'Zusage der Gouverneurin, die Klimapartnerschaft bis 2031 fortzuführen, und ihre Teilnahme am Berliner Klimagipfel.',
      pointsToMake: [
        'Berlin will die Partnerschaft verstetigen: Arbeitsprogramm 2027–2031 mit festen Fachgruppen.',
        'Konkretes Angebot: Berliner Wärmeplanung gegen Tokios Erfahrung mit dem Emissionshandel für Gebäude.',
        'Einladung zum Berliner Klimagipfel im Herbst, mit eigener Rede der Gouverneurin.',
      ].join('\n'),
      defensiveLines: GOVERNOR_DEFENSIVE_LINES,
      pressAccess: 'photoOpportunity',
      vehicle: CARS,
      seatingNote:
        'Sitzgruppe in U-Form: Regierende Bürgermeisterin rechts neben der Gouverneurin, Dolmetscherin dahinter; Delegation nach Rang links, Tokioter Seite rechts.',
      place: `${TOCHO}, 7. Stock, Empfangsraum der Gouverneurin`,
      address: TOCHO_ADDRESS,
      counterparts: ['tokyoGovernor', 'tokyoViceGovernor', 'tokyoIntlDirector'],
      attendees: ['mayor', 'stateSecretary', 'senatorMobility', 'chiefOfProtocol', 'interpreterJa'],
      purpose: 'Politische Bestätigung der Klimapartnerschaft für weitere fünf Jahre.',
      talkingPoints:
        'Dank für den Empfang; Erfolge des Fachaustauschs seit 2019; Interesse an Tokios Emissionshandel; Einladung der Gouverneurin zum Berliner Klimagipfel im Herbst.',
      dressCode: 'Dunkler Anzug',
      interpreter: JA_INTERPRETER,
    }),
    item(2, '11:30', '12:00', 'ceremony', 'Unterzeichnung der Absichtserklärung 2027–2031', {
      desiredOutcome:
        'Absichtserklärung in beiden Sprachen unterzeichnet, Bilder für beide Pressestellen.',
      pressAccess: 'open',
      seatingNote:
        'Unterzeichnungstisch mit zwei Stühlen; Tischflaggen Berlin links, Tokio rechts.',
      place: `${TOCHO}, Saal 1`,
      address: TOCHO_ADDRESS,
      counterparts: ['tokyoGovernor'],
      purpose: 'Unterzeichnung vor der Presse; zwei Exemplare je Sprache.',
      dressCode: 'Dunkler Anzug',
      interpreter: JA_INTERPRETER,
    }),
    item(2, '12:15', '13:45', 'meal', 'Mittagessen auf Einladung der Gouverneurin', {
      pressAccess: 'closed',
      seatingNote: 'Tischordnung der Gastgeber; Dolmetscherin zwischen den beiden Leitungen.',
      place: `${TOCHO}, Gästespeisesaal`,
      counterparts: ['tokyoGovernor', 'tokyoViceGovernor'],
      notes: 'Vegetarisches Menü für die Regierende Bürgermeisterin ist bestellt.',
      interpreter: JA_INTERPRETER,
    }),
    item(2, '15:30', '17:00', 'siteVisit', 'Besichtigung des Wasserstoffquartiers Harumi', {
      desiredOutcome: 'Ansprechpartner für ein Wasserstoff-Pilotquartier in Berlin benannt.',
      pressAccess: 'photoOpportunity',
      vehicle: 'Kleinbus der Stadtregierung für die ganze Delegation',
      place: 'Harumi Flag',
      address: 'Harumi 5-chome, Chūō-ku, Tokyo',
      counterparts: ['tokyoEnvDirector'],
      purpose: 'Wasserstoffversorgung eines ganzen Stadtquartiers aus der Nähe sehen.',
      dressCode: 'Festes Schuhwerk; Helme werden gestellt',
      interpreter: JA_INTERPRETER,
    }),
    item(3, '09:30', '12:00', 'meeting', 'Fachgespräch: Emissionshandel und Gebäudesanierung', {
      desiredOutcome: 'Arbeitsprogramm mit zwei gemeinsamen Projekten und festen Ansprechpartnern.',
      pointsToMake:
        'Berlin braucht Daten zum Gebäudebestand wie Tokios Register; Angebot eines Hospitationsaustauschs der Fachverwaltungen.',
      defensiveLines:
        'Falls angesprochen – Berliner Gebäudeenergiegesetz: Bundesrecht; Berlin setzt um und fördert zusätzlich die Wärmeplanung.',
      pressAccess: 'closed',
      vehicle: 'Wagen 2: Staatssekretärin, Senatorin, Dolmetscherin',
      place: `${TOCHO}, Besprechungsraum 32`,
      address: TOCHO_ADDRESS,
      counterparts: ['tokyoEnvDirector', 'tokyoProfessor'],
      attendees: ['senatorMobility', 'stateSecretary', 'interpreterJa'],
      purpose: 'Arbeitsprogramm der Klimapartnerschaft für die nächsten zwei Jahre.',
      talkingPoints:
        'Datengrundlage des Gebäuderegisters; Erfahrungen mit Obergrenzen je Gebäudeklasse; gemeinsame Messkampagne zu Hitzeinseln fortsetzen.',
      dressCode: 'Business',
      interpreter: JA_INTERPRETER,
    }),
    item(3, '13:00', '13:45', 'press', 'Gemeinsame Pressebegegnung', {
      desiredOutcome: 'Botschaft der Partnerschaft in japanischen und Berliner Medien.',
      pointsToMake:
        'Klimapartnerschaft bis 2031 besiegelt; Berlin lernt von Tokios Emissionshandel.',
      defensiveLines:
        'Falls gefragt – Friedensstatue in Moabit: Zuständig ist der Bezirk Mitte, der Senat ist im Gespräch; heute geht es um Klimaschutz.',
      pressAccess: 'open',
      seatingNote: 'Zwei Pulte, Flaggen dahinter; Dolmetscherin neben dem Berliner Pult.',
      place: `${TOCHO}, Pressesaal`,
      counterparts: ['tokyoGovernor'],
      attendees: ['mayor', 'pressSpokesperson', 'interpreterJa'],
      talkingPoints: 'Kernbotschaft: zwei Metropolen, ein Ziel – klimaneutral bis 2045/2050.',
      dressCode: 'Dunkler Anzug',
      interpreter: JA_INTERPRETER,
    }),
    item(3, '15:00', '16:30', 'meeting', 'Besuch im Stadtparlament von Tokio', {
      desiredOutcome: 'Einladung an den Vorsitzenden zu einem Gegenbesuch im Abgeordnetenhaus.',
      defensiveLines:
        'Falls angesprochen – Rolle des Abgeordnetenhauses: Die Einladung spricht der Präsident aus; die Bürgermeisterin überbringt sie.',
      pressAccess: 'photoOpportunity',
      vehicle: CARS,
      place: 'Tokyo Metropolitan Assembly Building',
      address: TOCHO_ADDRESS,
      counterparts: ['tokyoAssemblyChair'],
      notes: 'Der Vorsitzende nutzt einen Rollstuhl; Zugang über den Ostaufzug.',
      dressCode: 'Dunkler Anzug',
      interpreter: JA_INTERPRETER,
    }),
    item(3, '18:30', '20:30', 'reception', 'Empfang „Berlin in Tokio“ mit Berliner Start-ups', {
      desiredOutcome:
        'Mindestens drei verabredete Folgegespräche zwischen Berliner und Tokioter Firmen.',
      pointsToMake:
        'Kurze Rede (fünf Minuten): Berlin als Standort für Klimatechnik, Dank an die Handelskammer.',
      pressAccess: 'open',
      vehicle: CARS,
      place: 'Shinjuku Parkside Hotel, Ballsaal',
      counterparts: ['tokyoChamberVice', 'tokyoIntlDirector'],
      purpose: 'Berliner Unternehmen mit Tokioter Partnern vernetzen.',
      dressCode: 'Business',
    }),
    item(4, '10:00', '12:00', 'meeting', 'Wirtschaftsforum Berlin–Tokio', {
      desiredOutcome: 'Absichtserklärung für ein Pilotprojekt mit Wasserstoffbussen angebahnt.',
      pointsToMake:
        'Berliner Förderprogramme für Ansiedlungen; Verkehrsbetriebe suchen Partner für Wasserstoffbusse.',
      pressAccess: 'open',
      vehicle: 'Wagen 1: Regierende Bürgermeisterin, Geschäftsführer Berlin Partner, Dolmetscherin',
      place: 'Tokyo Chamber of Commerce and Industry',
      address: '3-2-2 Marunouchi, Chiyoda-ku, Tokyo',
      counterparts: ['tokyoChamberVice'],
      attendees: ['mayor', 'businessCeo', 'interpreterJa'],
      talkingPoints:
        'Standort Berlin für japanische Gebäudetechnik; Pilotprojekte Wasserstoffbusse.',
      dressCode: 'Business',
      interpreter: JA_INTERPRETER,
    }),
    item(4, '14:00', '16:00', 'cultural', 'Meiji-Schrein und Yoyogi-Park', {
      pressAccess: 'closed',
      vehicle: 'Kleinbus der Stadtregierung für die ganze Delegation',
      place: 'Meiji Jingu',
      address: '1-1 Yoyogi-Kamizonocho, Shibuya-ku, Tokyo',
      dressCode: 'Bequemes Schuhwerk',
    }),
    item(4, '16:30', '18:30', 'free', 'Zeit zur freien Verfügung'),
    item(5, '08:30', '09:30', 'transfer', 'Transfer zum Flughafen Haneda', {
      vehicle: `${CARS}; Gepäckwagen getrennt`,
      place: 'Shinjuku Parkside Hotel, Vorfahrt',
      notes: 'Gepäck um 08:00 Uhr vor die Zimmertür.',
    }),
  ],
  travel: [
    {
      mode: 'flight',
      service: 'LH 197',
      from: 'Berlin Brandenburg (BER)',
      to: 'Frankfurt am Main (FRA)',
      depart: [0, '10:05', 'Europe/Berlin'],
      arrive: [0, '11:15', 'Europe/Berlin'],
      bookingReference: 'K7Q2ZM',
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'LH 716',
      from: 'Frankfurt am Main (FRA)',
      to: 'Tokio Haneda (HND)',
      depart: [0, '13:50', 'Europe/Berlin'],
      arrive: [1, '09:40', 'Asia/Tokyo'],
      bookingReference: 'K7Q2ZM',
      travellers: 'delegation',
      notes: 'Lounge-Zugang für die Regierende Bürgermeisterin über das Protokoll.',
    },
    {
      mode: 'car',
      service: 'Fahrdienst der Stadtregierung Tokio',
      from: 'Tokio Haneda (HND)',
      to: 'Shinjuku Parkside Hotel',
      depart: [1, '11:00', 'Asia/Tokyo'],
      arrive: [1, '12:00', 'Asia/Tokyo'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'NH 223',
      from: 'Tokio Haneda (HND)',
      to: 'Frankfurt am Main (FRA)',
      depart: [5, '11:25', 'Asia/Tokyo'],
      arrive: [5, '17:15', 'Europe/Berlin'],
      bookingReference: 'K7Q2ZM',
      travellers: 'delegation',
    },
    {
      mode: 'train',
      service: 'ICE 1092',
      from: 'Frankfurt (Main) Flughafen Fernbahnhof',
      to: 'Berlin Hbf',
      depart: [5, '19:10', 'Europe/Berlin'],
      arrive: [5, '23:19', 'Europe/Berlin'],
      bookingReference: 'DB-4471-9920',
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Shinjuku Parkside Hotel',
      address: '3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023',
      phone: '+81 3 5322 1234',
      checkInDay: 1,
      checkOutDay: 5,
      bookingReference: 'SPH-88213',
      guests: 'delegation',
      notes: 'Suite für die Regierende Bürgermeisterin; Büroraum im 12. Stock.',
    },
  ],
  gifts: [
    {
      direction: 'given',
      description: 'Porzellanvase der KPM Berlin mit einer Ansicht des Roten Rathauses',
      giver: 'mayor',
      recipient: 'tokyoGovernor',
      value: 650,
      currency: 'EUR',
    },
    {
      direction: 'given',
      description: 'Bildband „Berlin und Tokio – drei Jahrzehnte Partnerschaft“',
      giver: 'mayor',
      recipient: 'tokyoAssemblyChair',
      value: 60,
      currency: 'EUR',
    },
  ],
  followUps: [
    {
      what: 'Gastgeschenke bei der KPM abholen',
      owner: 'Lena Vogt',
      dueAfterStart: -10,
      status: 'done',
    },
    {
      what: 'Personenschutz bei der Polizei Tokio anmelden',
      owner: 'LKA Berlin',
      dueAfterStart: -14,
      status: 'open',
    },
    {
      what: 'Rede für den Empfang übersetzen lassen',
      owner: 'Yuki Hartmann-Sato',
      dueAfterStart: -7,
      status: 'open',
    },
    {
      what: 'Absichtserklärung dem Senat zur Kenntnis geben',
      owner: 'Senatskanzlei',
      dueAfterStart: 20,
      status: 'open',
    },
  ],
}
