import type { VisitSpec } from './demoTypes'
import { item } from './demoHelpers'

const FR_INTERPRETER = 'Claire Dubois-Neumann (Französisch–Deutsch)'
const ROTES_RATHAUS = 'Rotes Rathaus, Rathausstraße 15, 10178 Berlin'

/** Youth exchange trip to Paris, six weeks ahead, still being planned. */
export const DEMO_VISIT_PARIS_YOUTH: VisitSpec = {
  key: 'parisYouthTrip',
  title: 'Jahreskonferenz des Jugendaustauschs in Paris',
  direction: 'outgoing',
  city: 'paris',
  startInDays: 45,
  days: 4,
  status: 'planned',
  themes: ['youth', 'integration', 'culture'],
  programme: 'parisYouth',
  purpose: 'Bilanz des Austauschjahres und Planung der Begegnungen für das kommende Jahr.',
  objectives:
    'Zahl der Teilnehmenden aus Berliner Oberschulen verdoppeln; Förderzusage des DFJW für drei neue Formate.',
  background:
    'Der Jugendaustausch besteht seit 1988; 2025 nahmen 612 Jugendliche teil, davon 40 % aus Schulen außerhalb der Innenstadt.',
  classification: 'public',
  category: 'working',
  head: 'stateSecretary',
  host: 'parisDeputyYouth',
  participants: [
    ['stateSecretary', 'delegation', 'head'],
    ['youthChair', 'delegation', 'member'],
    ['interpreterFr', 'delegation', 'interpreter'],
    ['protocolOfficer', 'delegation', 'staff'],
    ['parisDeputyYouth', 'host', 'head'],
    ['dfjwDeputy', 'host', 'member'],
    ['parisIntlDelegate', 'host', 'staff'],
  ],
  agenda: [
    item(0, '19:00', '21:00', 'meal', 'Abendessen mit Jugendlichen der letzten Begegnung', {
      place: 'Maison des Métallos',
      address: '94 rue Jean-Pierre Timbaud, 75011 Paris',
      counterparts: ['parisIntlDelegate'],
      dressCode: 'Leger',
    }),
    item(1, '10:00', '11:30', 'meeting', 'Gespräch mit dem Beigeordneten für Jugend und Sport', {
      place: 'Hôtel de Ville, Salon des Arcades',
      address: "Place de l'Hôtel de Ville, 75004 Paris",
      counterparts: ['parisDeputyYouth', 'parisIntlDelegate'],
      purpose: 'Politische Rückendeckung für die neuen Formate.',
      talkingPoints:
        'Berufsschulen einbeziehen; Sportbegegnungen vor den Europäischen Jugendspielen; gemeinsame Kommunikation.',
      dressCode: 'Business',
      interpreter: FR_INTERPRETER,
    }),
    item(1, '12:00', '13:30', 'meal', 'Mittagessen auf Einladung der Stadt Paris', {
      place: 'Hôtel de Ville',
      counterparts: ['parisDeputyYouth'],
      notes: 'Herr Petersen isst vegan; Küche ist informiert.',
    }),
    item(1, '14:30', '17:00', 'siteVisit', 'Jugendzentrum in Belleville', {
      place: 'Centre Paris Anim’ Belleville',
      address: '18 rue Ramponeau, 75020 Paris',
      counterparts: ['parisDeputyYouth'],
      dressCode: 'Leger',
    }),
    item(
      2,
      '09:30',
      '12:30',
      'meeting',
      'Jahreskonferenz mit dem Deutsch-Französischen Jugendwerk',
      {
        place: 'DFJW, Konferenzsaal',
        address: "51 rue de l'Amiral-Mouchez, 75013 Paris",
        counterparts: ['dfjwDeputy'],
        purpose: 'Förderrahmen und Termine des nächsten Austauschjahres.',
        interpreter: FR_INTERPRETER,
      },
    ),
    item(2, '15:00', '16:00', 'press', 'Pressetermin mit Jugendmedien beider Städte', {
      counterparts: ['parisDeputyYouth'],
    }),
    item(
      2,
      '18:00',
      '20:00',
      'cultural',
      'Theateraufführung der deutsch-französischen Jugendgruppe',
      {
        place: 'Théâtre de Belleville',
        address: '16 passage Piver, 75011 Paris',
      },
    ),
    item(3, '08:30', '09:15', 'transfer', 'Transfer zum Gare de l’Est'),
  ],
  travel: [
    {
      mode: 'train',
      service: 'ICE 9591',
      from: 'Berlin Hbf',
      to: 'Paris Est',
      depart: [0, '09:22', 'Europe/Berlin'],
      arrive: [0, '17:30', 'Europe/Paris'],
      travellers: 'delegation',
    },
    {
      mode: 'train',
      service: 'ICE 9590',
      from: 'Paris Est',
      to: 'Berlin Hbf',
      depart: [3, '09:55', 'Europe/Paris'],
      arrive: [3, '18:03', 'Europe/Berlin'],
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Hôtel du Marais',
      address: '12 rue de Turenne, 75004 Paris',
      phone: '+33 1 42 72 00 00',
      checkInDay: 0,
      checkOutDay: 3,
      guests: 'delegation',
    },
  ],
  gifts: [
    {
      direction: 'given',
      description: 'Fotobuch der Jugendbegegnung, gestaltet von den Teilnehmenden',
      giver: 'stateSecretary',
      recipient: 'parisDeputyYouth',
      value: 40,
      currency: 'EUR',
    },
  ],
  followUps: [
    {
      what: 'Zuschussantrag beim DFJW einreichen',
      owner: 'Landesjugendring',
      dueAfterStart: -30,
      status: 'done',
    },
    {
      what: 'Teilnehmendenliste an das DFJW melden',
      owner: 'Lena Vogt',
      dueAfterStart: -21,
      status: 'open',
    },
    {
      what: 'Programm des Gegenbesuchs skizzieren',
      owner: 'Landesjugendring',
      dueAfterStart: 40,
      status: 'open',
    },
  ],
}

/** The Paris deputy mayor for culture in Berlin, about four months ago. */
export const DEMO_VISIT_PARIS_CULTURE: VisitSpec = {
  key: 'parisCultureVisit',
  title: 'Besuch der Pariser Kulturbeigeordneten',
  direction: 'incoming',
  city: 'paris',
  startInDays: -110,
  days: 3,
  status: 'completed',
  themes: ['culture', 'tourism'],
  programme: null,
  purpose: 'Vorbereitung der gemeinsamen Ausstellung „Murs de Berlin, murs de Paris“.',
  objectives: 'Leihgaben vereinbaren; Eröffnungstermin in Paris festlegen.',
  background: 'Erste Ausstellungskooperation der Stadtmuseen beider Städte.',
  classification: 'public',
  category: 'working',
  head: 'parisDeputyCulture',
  host: 'stateSecretary',
  participants: [
    ['parisDeputyCulture', 'delegation', 'head'],
    ['parisMuseumDirector', 'delegation', 'member'],
    ['parisIntlDelegate', 'delegation', 'staff'],
    ['stateSecretary', 'host', 'head'],
    ['museumDirector', 'host', 'member'],
    ['interpreterFr', 'host', 'interpreter'],
    ['protocolOfficer', 'host', 'staff'],
  ],
  agenda: [
    item(0, '11:00', '12:30', 'meeting', 'Gespräch mit der Staatssekretärin', {
      place: 'Rotes Rathaus, Wappensaal',
      address: ROTES_RATHAUS,
      counterparts: ['stateSecretary'],
      talkingPoints: 'Kulturaustausch als Brücke für die Jugendbegegnungen; Tourismuswerbung.',
      dressCode: 'Business',
      interpreter: FR_INTERPRETER,
    }),
    item(0, '14:00', '16:30', 'siteVisit', 'Stadtmuseum: Planung der gemeinsamen Ausstellung', {
      place: 'Märkisches Museum',
      address: 'Am Köllnischen Park 5, 10179 Berlin',
      counterparts: ['museumDirector'],
    }),
    item(1, '10:00', '12:00', 'cultural', 'Street-Art-Rundgang in Friedrichshain', {
      place: 'East Side Gallery',
      address: 'Mühlenstraße 3–100, 10243 Berlin',
      dressCode: 'Wetterfeste Kleidung',
    }),
    item(1, '13:00', '14:30', 'meal', 'Mittagessen mit Berliner Kulturschaffenden', {
      counterparts: ['museumDirector'],
    }),
    item(1, '16:00', '17:00', 'press', 'Pressegespräch zur Ausstellung', {
      place: 'Märkisches Museum',
      counterparts: ['museumDirector'],
      interpreter: FR_INTERPRETER,
    }),
    item(1, '19:30', '22:00', 'cultural', 'Konzert in der Philharmonie', {
      place: 'Philharmonie Berlin',
      address: 'Herbert-von-Karajan-Straße 1, 10785 Berlin',
      dressCode: 'Dunkler Anzug / Abendkleid',
    }),
    item(2, '10:00', '11:30', 'meeting', 'Abschlussgespräch: Leihgaben und Termine', {
      counterparts: ['museumDirector', 'stateSecretary'],
      interpreter: FR_INTERPRETER,
    }),
    item(2, '16:30', '17:15', 'transfer', 'Transfer zum Flughafen BER'),
  ],
  travel: [
    {
      mode: 'flight',
      service: 'AF 1734',
      from: 'Paris Charles de Gaulle (CDG)',
      to: 'Berlin Brandenburg (BER)',
      depart: [0, '07:15', 'Europe/Paris'],
      arrive: [0, '09:00', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'AF 1535',
      from: 'Berlin Brandenburg (BER)',
      to: 'Paris Charles de Gaulle (CDG)',
      depart: [2, '18:40', 'Europe/Berlin'],
      arrive: [2, '20:25', 'Europe/Paris'],
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Hotel Spreebogen',
      address: 'Alt-Moabit 99, 10559 Berlin',
      checkInDay: 0,
      checkOutDay: 2,
      guests: 'delegation',
    },
  ],
  gifts: [
    {
      direction: 'received',
      description: 'Druckgrafik „Canal Saint-Martin“ einer jungen Pariser Künstlerin',
      giver: 'parisDeputyCulture',
      recipient: 'stateSecretary',
      value: 300,
      currency: 'EUR',
      disposition: 'Im Flur des Protokolls aufgehängt; inventarisiert unter G-2025-014.',
    },
    {
      direction: 'given',
      description: 'Ausstellungskatalog „Berlin im Porträt“',
      giver: 'stateSecretary',
      recipient: 'parisDeputyCulture',
      value: 45,
      currency: 'EUR',
      disposition: 'Übergeben beim Gespräch am ersten Tag.',
    },
  ],
  followUps: [
    {
      what: 'Leihvertrag für die Ausstellung abschließen',
      owner: 'Stiftung Stadtmuseum',
      dueAfterStart: 30,
      status: 'done',
    },
    {
      what: 'Eröffnung in Paris vorbereiten',
      owner: 'Protokoll',
      dueAfterStart: 150,
      status: 'open',
    },
    {
      what: 'Gemeinsames Kulturprogramm zum Partnerschaftsjubiläum',
      owner: 'Senatskanzlei',
      dueAfterStart: 60,
      status: 'dropped',
    },
  ],
}
