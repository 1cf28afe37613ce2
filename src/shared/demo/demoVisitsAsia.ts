import type { VisitSpec } from './demoTypes'
import { item } from './demoHelpers'

const ROTES_RATHAUS = 'Rotes Rathaus, Rathausstraße 15, 10178 Berlin'
const ZH_INTERPRETER = 'Mei Schubert (Chinesisch–Deutsch, konsekutiv)'
const RU_INTERPRETER = 'Olga Bergmann (Russisch–Deutsch)'

/** A science delegation from Beijing, in drafting: the programme is not yet agreed. */
export const DEMO_VISIT_BEIJING: VisitSpec = {
  key: 'beijingScienceVisit',
  title: 'Wissenschaftsdelegation aus Peking',
  direction: 'incoming',
  city: 'beijing',
  startInDays: 80,
  days: 3,
  status: 'draft',
  themes: ['science', 'economy'],
  programme: null,
  purpose: 'Wissenschaftsdialog zu Batteriespeichern und Ansiedlungsinteressen Pekinger Institute.',
  objectives:
    'Rahmen für Forschungskooperation klären; Fragen der Forschungssicherheit ansprechen.',
  background:
    'Die Gespräche berühren Exportkontrolle und Forschungssicherheit; Abstimmung mit dem Auswärtigen Amt vor Zusage des Programms.',
  classification: 'confidential',
  category: 'working',
  head: 'beijingViceMayor',
  host: 'mayor',
  participants: [
    ['beijingViceMayor', 'delegation', 'head'],
    ['beijingAcademyPresident', 'delegation', 'member'],
    ['beijingFaoDeputy', 'delegation', 'staff'],
    ['mayor', 'host', 'head'],
    ['universityPresident', 'host', 'member'],
    ['interpreterZh', 'host', 'interpreter'],
    ['protocolOfficer', 'host', 'staff'],
  ],
  agenda: [
    item(0, '14:00', '15:30', 'meeting', 'Gespräch mit der Regierenden Bürgermeisterin', {
      place: 'Rotes Rathaus, Amtszimmer',
      address: ROTES_RATHAUS,
      counterparts: ['mayor'],
      talkingPoints:
        'Wissenschaftskooperation in offenen Feldern; Transparenz und Gegenseitigkeit.',
      dressCode: 'Dunkler Anzug',
      interpreter: ZH_INTERPRETER,
    }),
    item(1, '09:30', '12:30', 'siteVisit', 'TU Berlin: Batterieforschung', {
      place: 'Technische Universität Berlin, Forschungsbau',
      address: 'Straße des 17. Juni 135, 10623 Berlin',
      counterparts: ['universityPresident'],
      interpreter: ZH_INTERPRETER,
    }),
    item(1, '13:00', '14:30', 'meal', 'Mittagessen auf Einladung der Präsidentin der TU', {
      counterparts: ['universityPresident'],
      notes: 'Halal-Menü für Prof. Chen.',
    }),
    item(1, '16:00', '17:30', 'meeting', 'Wissenschaftsdialog Batteriespeicher', {
      counterparts: ['universityPresident'],
      attendees: ['beijingAcademyPresident', 'interpreterZh'],
      interpreter: ZH_INTERPRETER,
    }),
    item(2, '10:00', '11:30', 'meeting', 'Gespräch bei Berlin Partner: Ansiedlungsfragen', {
      place: 'Berlin Partner',
      address: 'Fasanenstraße 85, 10623 Berlin',
      counterparts: ['businessCeo'],
      interpreter: ZH_INTERPRETER,
    }),
    item(2, '13:00', '14:00', 'transfer', 'Transfer zum Flughafen BER'),
  ],
  travel: [
    {
      mode: 'flight',
      service: 'CA 931',
      from: 'Peking Capital (PEK)',
      to: 'Frankfurt am Main (FRA)',
      depart: [0, '02:10', 'Asia/Shanghai'],
      arrive: [0, '06:25', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'LH 172',
      from: 'Frankfurt am Main (FRA)',
      to: 'Berlin Brandenburg (BER)',
      depart: [0, '08:30', 'Europe/Berlin'],
      arrive: [0, '09:35', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'HU 490',
      from: 'Berlin Brandenburg (BER)',
      to: 'Peking Capital (PEK)',
      depart: [2, '17:20', 'Europe/Berlin'],
      arrive: [3, '09:05', 'Asia/Shanghai'],
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Hotel Tiergarten Residenz',
      address: 'Lützowufer 15, 10785 Berlin',
      checkInDay: 0,
      checkOutDay: 2,
      guests: 'delegation',
    },
  ],
  gifts: [],
  followUps: [
    {
      what: 'Sicherheitseinstufung der Gespräche mit dem Auswärtigen Amt klären',
      owner: 'Senatskanzlei',
      dueAfterStart: -45,
      status: 'open',
    },
    {
      what: 'Programmentwurf mit dem Pekinger Außenamt abstimmen',
      owner: 'Lena Vogt',
      dueAfterStart: -30,
      status: 'open',
    },
  ],
}

/** A culture delegation from Tashkent with its youth orchestra, about ten weeks ago. */
export const DEMO_VISIT_TASHKENT: VisitSpec = {
  key: 'tashkentCultureVisit',
  title: 'Kulturdelegation aus Taschkent mit Jugendorchester',
  direction: 'incoming',
  city: 'tashkent',
  startInDays: -75,
  days: 3,
  status: 'completed',
  themes: ['culture', 'youth', 'tourism'],
  programme: null,
  purpose:
    'Gastkonzert des Jugendorchesters und Gespräche über Kulturtourismus an der Seidenstraße.',
  objectives: 'Gegenbesuch des Landesjugendorchesters anbahnen; Tourismuswerbung beider Städte.',
  background: 'Seit 1993 Partnerstadt; Kulturaustausch ist der lebendigste Teil der Beziehungen.',
  classification: 'public',
  category: 'official',
  head: 'tashkentDeputyKhokim',
  host: 'stateSecretary',
  participants: [
    ['tashkentDeputyKhokim', 'delegation', 'head'],
    ['tashkentCultureHead', 'delegation', 'member'],
    ['tashkentConductor', 'delegation', 'member'],
    ['stateSecretary', 'host', 'head'],
    ['museumDirector', 'host', 'member'],
    ['interpreterRu', 'host', 'interpreter'],
    ['protocolOfficer', 'host', 'staff'],
  ],
  agenda: [
    item(0, '19:30', '21:00', 'meal', 'Begrüßungsessen', {
      place: 'Restaurant am Gendarmenmarkt',
      counterparts: ['stateSecretary'],
      notes: 'Halal, ohne Alkohol für den stellvertretenden Hokim.',
      interpreter: RU_INTERPRETER,
    }),
    item(1, '10:00', '11:30', 'meeting', 'Gespräch mit der Staatssekretärin', {
      place: 'Rotes Rathaus, Wappensaal',
      address: ROTES_RATHAUS,
      counterparts: ['stateSecretary'],
      talkingPoints: 'Jugendorchester-Austausch; Direktflug Taschkent–Berlin; Kulturtourismus.',
      interpreter: RU_INTERPRETER,
    }),
    item(1, '12:00', '12:30', 'ceremony', 'Eintrag in das Gästebuch des Landes Berlin', {
      address: ROTES_RATHAUS,
      counterparts: ['stateSecretary'],
    }),
    item(1, '15:00', '17:00', 'cultural', 'Gemeinsame Probe mit dem Landesjugendorchester', {
      place: 'Konzerthaus Berlin, Probensaal',
      address: 'Gendarmenmarkt, 10117 Berlin',
    }),
    item(1, '19:30', '21:30', 'cultural', 'Konzert des Jugendorchesters Taschkent', {
      place: 'Konzerthaus Berlin, Großer Saal',
      address: 'Gendarmenmarkt, 10117 Berlin',
      counterparts: ['stateSecretary', 'museumDirector'],
      dressCode: 'Dunkler Anzug / Abendkleid',
    }),
    item(2, '10:00', '12:00', 'meeting', 'Tourismusgespräch: Seidenstraße und Berlin', {
      place: 'Berlin Partner',
      counterparts: ['businessCeo'],
      interpreter: RU_INTERPRETER,
    }),
    item(2, '14:00', '16:00', 'siteVisit', 'Stadtmuseum im Nikolaiviertel', {
      place: 'Museum Nikolaikirche',
      address: 'Nikolaikirchplatz, 10178 Berlin',
      counterparts: ['museumDirector'],
    }),
  ],
  travel: [
    {
      mode: 'flight',
      service: 'HY 231',
      from: 'Taschkent (TAS)',
      to: 'Frankfurt am Main (FRA)',
      depart: [0, '09:00', 'Asia/Tashkent'],
      arrive: [0, '12:40', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'train',
      service: 'ICE 1006',
      from: 'Frankfurt (Main) Flughafen Fernbahnhof',
      to: 'Berlin Hbf',
      depart: [0, '14:10', 'Europe/Berlin'],
      arrive: [0, '18:19', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'HY 254',
      from: 'Berlin Brandenburg (BER)',
      to: 'Taschkent (TAS)',
      depart: [2, '21:35', 'Europe/Berlin'],
      arrive: [3, '07:10', 'Asia/Tashkent'],
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Hotel Gendarmenmarkt Residenz',
      address: 'Charlottenstraße 50, 10117 Berlin',
      checkInDay: 0,
      checkOutDay: 2,
      guests: 'delegation',
    },
  ],
  gifts: [
    {
      direction: 'received',
      description: 'Suzani-Wandbehang aus Buchara, handbestickt',
      giver: 'tashkentDeputyKhokim',
      recipient: 'stateSecretary',
      value: 400,
      currency: 'USD',
      disposition: 'Wert über 150 Euro: an das Landesarchiv übergeben.',
    },
    {
      direction: 'given',
      description: 'Faksimile einer Mendelssohn-Partitur',
      giver: 'stateSecretary',
      recipient: 'tashkentConductor',
      value: 90,
      currency: 'EUR',
      disposition: 'Übergeben nach dem Konzert.',
    },
  ],
  followUps: [
    {
      what: 'Fotos des Konzerts an die Delegation senden',
      owner: 'Lena Vogt',
      dueAfterStart: 5,
      status: 'done',
    },
    {
      what: 'Gegenbesuch des Landesjugendorchesters prüfen',
      owner: 'Senatskanzlei',
      dueAfterStart: 90,
      status: 'open',
    },
  ],
}
