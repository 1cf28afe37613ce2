import type { VisitSpec } from './demoTypes'
import { item } from './demoHelpers'

const ROTES_RATHAUS = 'Rotes Rathaus, Rathausstraße 15, 10178 Berlin'
const SEN_MOBILITY = 'Senatsverwaltung, Am Köllnischen Park 3, 10179 Berlin'

/** Warsaw's deputy mayor in Berlin next week: the working group on mobility. */
export const DEMO_VISIT_WARSAW: VisitSpec = {
  key: 'warsawMobilityVisit',
  title: 'Arbeitsbesuch der Warschauer Vizepräsidentin zur Mobilität',
  direction: 'incoming',
  city: 'warsaw',
  startInDays: 6,
  days: 3,
  status: 'confirmed',
  themes: ['transport', 'urbanDevelopment', 'administration'],
  programme: 'warsawMobility',
  purpose: 'Zwischenbilanz der Mobilitätspartnerschaft und Arbeitsprogramm für das nächste Jahr.',
  objectives:
    'Gemeinsames Datenformat für Fahrgastinformationen; Austausch von Fachkräften vereinbaren.',
  background:
    'Die Arbeitsgruppe tagt zweimal im Jahr, abwechselnd in Berlin und Warschau; zuletzt im Frühjahr in Warschau.',
  classification: 'internal',
  category: 'working',
  head: 'warsawDeputyMayor',
  host: 'senatorMobility',
  participants: [
    ['warsawDeputyMayor', 'delegation', 'head'],
    ['warsawTransportDirector', 'delegation', 'member'],
    ['warsawPlanner', 'delegation', 'member'],
    ['senatorMobility', 'host', 'head'],
    ['stateSecretary', 'host', 'member'],
    ['protocolOfficer', 'host', 'staff'],
  ],
  agenda: [
    item(0, '13:30', '15:00', 'meeting', 'Arbeitsgruppe Radverkehr: Zwischenbilanz', {
      place: 'Senatsverwaltung für Mobilität, Raum 4.012',
      address: SEN_MOBILITY,
      counterparts: ['senatorMobility'],
      talkingPoints: 'Radschnellverbindungen; Parkraummanagement; Erfahrungen mit Tempo 30.',
      interpreter: 'Dolmetschdienst des Senats (Polnisch, simultan)',
    }),
    item(0, '15:30', '17:30', 'siteVisit', 'Radschnellverbindung Teltowkanal-Route', {
      place: 'Treffpunkt S-Bahnhof Südkreuz',
      counterparts: ['senatorMobility'],
      dressCode: 'Wetterfeste Kleidung; Fahrräder werden gestellt',
    }),
    item(0, '19:00', '21:00', 'meal', 'Arbeitsabendessen', {
      place: 'Restaurant im Nikolaiviertel',
      counterparts: ['senatorMobility', 'stateSecretary'],
    }),
    item(1, '09:00', '12:00', 'meeting', 'Workshop Fahrgastinformation in Echtzeit', {
      place: 'BVG-Zentrale',
      address: 'Holzmarktstraße 15–17, 10179 Berlin',
      counterparts: ['senatorMobility'],
      attendees: ['warsawTransportDirector', 'warsawPlanner', 'protocolOfficer'],
      purpose: 'Gemeinsames Datenformat für grenzüberschreitende Verbindungen.',
      interpreter: 'Dolmetschdienst des Senats (Polnisch, simultan)',
    }),
    item(1, '14:00', '15:30', 'siteVisit', 'Verkehrsleitzentrale', {
      address: 'Holzmarktstraße 15–17, 10179 Berlin',
      counterparts: ['senatorMobility'],
    }),
    item(1, '16:00', '16:30', 'press', 'Kurzes Pressestatement', {
      counterparts: ['senatorMobility'],
      attendees: ['warsawDeputyMayor'],
    }),
    item(2, '10:00', '11:30', 'meeting', 'Abschlussgespräch: Arbeitsprogramm des nächsten Jahres', {
      place: 'Rotes Rathaus, Wappensaal',
      address: ROTES_RATHAUS,
      counterparts: ['senatorMobility', 'stateSecretary'],
    }),
    item(2, '12:00', '13:30', 'meal', 'Mittagessen auf Einladung der Senatorin', {
      counterparts: ['senatorMobility'],
    }),
  ],
  travel: [
    {
      mode: 'train',
      service: 'EC 44 Berlin-Warszawa-Express',
      from: 'Warszawa Centralna',
      to: 'Berlin Hbf',
      depart: [0, '06:20', 'Europe/Warsaw'],
      arrive: [0, '11:55', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'car',
      service: 'Fahrbereitschaft des Senats',
      from: 'Berlin Hbf',
      to: 'Hotel Alexanderplatz Mitte',
      depart: [0, '12:05', 'Europe/Berlin'],
      arrive: [0, '12:25', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'train',
      service: 'EC 45 Berlin-Warszawa-Express',
      from: 'Berlin Hbf',
      to: 'Warszawa Centralna',
      depart: [2, '16:37', 'Europe/Berlin'],
      arrive: [2, '22:15', 'Europe/Warsaw'],
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Hotel Alexanderplatz Mitte',
      address: 'Karl-Liebknecht-Straße 32, 10178 Berlin',
      checkInDay: 0,
      checkOutDay: 2,
      bookingReference: 'HAM-20411',
      guests: 'delegation',
    },
  ],
  gifts: [
    {
      direction: 'given',
      description: 'Modell einer Berliner Straßenbahn im Maßstab 1:87',
      giver: 'senatorMobility',
      recipient: 'warsawDeputyMayor',
      value: 120,
      currency: 'EUR',
    },
  ],
  followUps: [
    {
      what: 'Besuchsprogramm an die Polnische Botschaft senden',
      owner: 'Lena Vogt',
      dueAfterStart: -10,
      status: 'done',
    },
    {
      what: 'Dolmetschkabine für den Workshop buchen',
      owner: 'Protokoll',
      dueAfterStart: -3,
      status: 'open',
    },
    {
      what: 'Protokoll der Arbeitsgruppe versenden',
      owner: 'Senatsverwaltung für Mobilität',
      dueAfterStart: 10,
      status: 'open',
    },
  ],
}

/** A Los Angeles delegation in Berlin some six weeks ago: innovation and mobility. */
export const DEMO_VISIT_LOS_ANGELES: VisitSpec = {
  key: 'laInnovationVisit',
  title: 'Delegation aus Los Angeles: Innovation und Mobilität',
  direction: 'incoming',
  city: 'losAngeles',
  startInDays: -40,
  days: 4,
  status: 'completed',
  themes: ['economy', 'transport', 'sport', 'tourism'],
  programme: 'laInnovation',
  purpose:
    'Austausch zu E-Mobilität und Start-up-Förderung; Vorbereitung des Jugend-Basketballcamps.',
  objectives:
    'Absprache über offene Verkehrsdaten; Einladung für ein Berliner Team nach Los Angeles.',
  background:
    'Älteste Städtepartnerschaft Berlins (1967); jährliche Delegationen in beide Richtungen.',
  classification: 'internal',
  category: 'official',
  head: 'laDeputyMayor',
  host: 'mayor',
  participants: [
    ['laDeputyMayor', 'delegation', 'head'],
    ['laCouncilmember', 'delegation', 'member'],
    ['laMetroInnovation', 'delegation', 'member'],
    ['laFounder', 'delegation', 'member'],
    ['laYouthSportsDirector', 'delegation', 'member'],
    ['mayor', 'host', 'head'],
    ['senatorMobility', 'host', 'member'],
    ['businessCeo', 'host', 'member'],
    ['sportPresident', 'host', 'member'],
    ['chiefOfProtocol', 'host', 'staff'],
  ],
  agenda: [
    item(0, '17:00', '18:00', 'meeting', 'Begrüßung und Programmabstimmung', {
      place: 'Hotel Gendarmenmarkt Residenz',
      counterparts: ['chiefOfProtocol'],
    }),
    item(1, '09:30', '09:45', 'ceremony', 'Eintrag in das Goldene Buch', {
      place: 'Rotes Rathaus, Säulensaal',
      address: ROTES_RATHAUS,
      counterparts: ['mayor'],
      attendees: ['laDeputyMayor', 'laCouncilmember'],
      dressCode: 'Dunkler Anzug',
    }),
    item(1, '09:45', '10:45', 'meeting', 'Gespräch mit der Regierenden Bürgermeisterin', {
      place: 'Rotes Rathaus, Amtszimmer',
      address: ROTES_RATHAUS,
      counterparts: ['mayor', 'chiefOfProtocol'],
      attendees: ['laDeputyMayor', 'laCouncilmember'],
      talkingPoints:
        'Olympische Spiele 2028: Erfahrungen Berlins mit Großveranstaltungen; Start-up-Austausch.',
      dressCode: 'Dunkler Anzug',
    }),
    item(1, '12:00', '13:30', 'meal', 'Mittagessen mit Berliner Start-ups', {
      place: 'Factory Berlin',
      address: 'Rheinsberger Straße 76/77, 10115 Berlin',
      counterparts: ['businessCeo'],
      notes: 'Glutenfreies Essen für Herrn Reyes.',
    }),
    item(1, '15:00', '17:00', 'siteVisit', 'E-Bus-Betriebshof', {
      place: 'BVG-Betriebshof Indira-Gandhi-Straße',
      counterparts: ['senatorMobility'],
      dressCode: 'Festes Schuhwerk',
    }),
    item(2, '10:00', '12:00', 'meeting', 'Fachgespräch Verkehrsdaten und Mobilitätsplattformen', {
      place: 'Senatsverwaltung für Mobilität',
      address: SEN_MOBILITY,
      counterparts: ['senatorMobility'],
      attendees: ['laMetroInnovation', 'laCouncilmember'],
    }),
    item(2, '14:00', '16:00', 'cultural', 'Jugend-Basketballtraining im Olympiapark', {
      place: 'Olympiapark, Horst-Korber-Sportzentrum',
      counterparts: ['sportPresident'],
      attendees: ['laYouthSportsDirector', 'laDeputyMayor'],
      dressCode: 'Sportlich',
    }),
    item(2, '19:00', '21:30', 'reception', 'Empfang der Regierenden Bürgermeisterin', {
      place: 'Rotes Rathaus, Festsaal',
      address: ROTES_RATHAUS,
      counterparts: ['mayor'],
      dressCode: 'Dunkler Anzug',
    }),
    item(3, '09:00', '10:00', 'transfer', 'Transfer zum Flughafen BER'),
  ],
  travel: [
    {
      mode: 'flight',
      service: 'LH 457',
      from: 'Los Angeles (LAX)',
      to: 'Frankfurt am Main (FRA)',
      depart: [-1, '15:40', 'America/Los_Angeles'],
      arrive: [0, '11:20', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'LH 190',
      from: 'Frankfurt am Main (FRA)',
      to: 'Berlin Brandenburg (BER)',
      depart: [0, '13:00', 'Europe/Berlin'],
      arrive: [0, '14:10', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'LH 456',
      from: 'Frankfurt am Main (FRA)',
      to: 'Los Angeles (LAX)',
      depart: [3, '14:05', 'Europe/Berlin'],
      arrive: [3, '16:55', 'America/Los_Angeles'],
      travellers: 'delegation',
      notes: 'Zubringer BER–FRA um 11:30 Uhr (LH 193).',
    },
  ],
  stays: [
    {
      hotel: 'Hotel Gendarmenmarkt Residenz',
      address: 'Charlottenstraße 50, 10117 Berlin',
      checkInDay: 0,
      checkOutDay: 3,
      guests: 'delegation',
    },
  ],
  gifts: [
    {
      direction: 'received',
      description: 'Skateboard-Deck, gestaltet von Jugendlichen aus South Los Angeles',
      giver: 'laDeputyMayor',
      recipient: 'mayor',
      value: 150,
      currency: 'USD',
      disposition: 'Als Leihgabe im Jugendfreizeitzentrum Kreuzberg ausgestellt.',
    },
    {
      direction: 'given',
      description: 'Berliner Bär aus Bronze (Miniatur)',
      giver: 'mayor',
      recipient: 'laDeputyMayor',
      value: 220,
      currency: 'EUR',
      disposition: 'Übergeben beim Eintrag in das Goldene Buch.',
    },
  ],
  followUps: [
    {
      what: 'Dankschreiben an Deputy Mayor Castillo',
      owner: 'Protokoll',
      dueAfterStart: 7,
      status: 'done',
    },
    {
      what: 'Einladung des Berliner Jugend-Basketballteams prüfen',
      owner: 'Landessportbund',
      dueAfterStart: 30,
      status: 'open',
    },
    {
      what: 'Vereinbarung über offene Verkehrsdaten mit LA Metro entwerfen',
      owner: 'Senatsverwaltung für Mobilität',
      dueAfterStart: 60,
      status: 'open',
    },
  ],
}
