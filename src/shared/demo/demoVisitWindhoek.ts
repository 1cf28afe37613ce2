import type { VisitSpec } from './demoTypes'
import { item } from './demoHelpers'

const CITY_HALL = 'City of Windhoek, Municipal Building, Independence Avenue, Windhoek'

/** The senator's trip to Windhoek about half a year ago, with follow-ups still running. */
export const DEMO_VISIT_WINDHOEK: VisitSpec = {
  key: 'windhoekWaterTrip',
  title: 'Reise der Senatorin nach Windhuk: Wasser und Klima',
  direction: 'outgoing',
  city: 'windhoek',
  startInDays: -190,
  days: 7,
  status: 'completed',
  themes: ['climate', 'environment', 'civilSociety', 'youth'],
  programme: 'windhoekWater',
  purpose:
    'Fachaustausch zur Wasserwiederverwendung und Start eines Netzwerks junger Klimainitiativen.',
  objectives:
    'Arbeitsplan 2026–2028 vereinbaren; zwei Stipendien für Fachkräfte; Partnerschaft zwischen Berliner und Windhuker Jugendinitiativen.',
  background:
    'Windhuk bereitet seit 1968 Abwasser direkt zu Trinkwasser auf – weltweit einmalig. Berlin bringt Erfahrung mit Regenwassermanagement und Hitzeschutz ein.',
  classification: 'public',
  category: 'working',
  head: 'senatorMobility',
  host: 'windhoekMayor',
  participants: [
    ['senatorMobility', 'delegation', 'head'],
    ['universityPresident', 'delegation', 'member'],
    ['climateNgo', 'delegation', 'member'],
    ['protocolOfficer', 'delegation', 'staff'],
    ['windhoekMayor', 'host', 'head'],
    ['windhoekWaterExecutive', 'host', 'member'],
    ['windhoekYouthCoordinator', 'host', 'member'],
  ],
  agenda: [
    item(1, '11:00', '12:30', 'meeting', 'Antrittsgespräch mit der Bürgermeisterin', {
      place: 'Mayor’s Parlour',
      address: CITY_HALL,
      counterparts: ['windhoekMayor'],
      talkingPoints:
        'Dank für 25 Jahre Partnerschaft; Wasser als Schwerpunkt; Rolle der Zivilgesellschaft.',
      dressCode: 'Business',
    }),
    item(1, '15:00', '17:00', 'siteVisit', 'Wasseraufbereitungsanlage Goreangab', {
      place: 'New Goreangab Water Reclamation Plant',
      counterparts: ['windhoekWaterExecutive'],
      dressCode: 'Festes Schuhwerk, Sonnenschutz',
    }),
    item(2, '09:00', '12:00', 'meeting', 'Fachkonferenz Wasserwiederverwendung', {
      place: 'Council Chambers',
      address: CITY_HALL,
      counterparts: ['windhoekWaterExecutive'],
      attendees: ['senatorMobility', 'universityPresident'],
      purpose: 'Austausch zu Qualitätssicherung und Akzeptanz in der Bevölkerung.',
    }),
    item(2, '14:00', '17:00', 'siteVisit', 'Hitzeschutzprojekte in Katutura', {
      place: 'Katutura, Gemeinschaftszentrum Single Quarters',
      counterparts: ['windhoekYouthCoordinator'],
      dressCode: 'Leger, Sonnenschutz',
    }),
    item(3, '10:00', '13:00', 'meeting', 'Workshop: Netzwerk junger Klimainitiativen', {
      place: 'Goethe-Institut Windhoek',
      address: '1–5 Fidel Castro Street, Windhoek',
      counterparts: ['windhoekYouthCoordinator'],
      attendees: ['climateNgo', 'protocolOfficer'],
    }),
    item(3, '18:00', '20:00', 'reception', 'Empfang der Stadt Windhuk', {
      place: 'Zoo Park Pavillon',
      counterparts: ['windhoekMayor', 'windhoekWaterExecutive'],
      dressCode: 'Business',
    }),
    item(4, '09:00', '10:30', 'ceremony', 'Pflanzung eines Partnerschaftsbaums', {
      place: 'Zoo Park',
      counterparts: ['windhoekMayor'],
    }),
    item(4, '11:00', '12:00', 'press', 'Pressegespräch mit namibischen Medien', {
      counterparts: ['windhoekMayor'],
    }),
    item(4, '15:00', '17:00', 'cultural', 'Besuch der Nationalgalerie', {
      place: 'National Art Gallery of Namibia',
      address: 'Robert Mugabe Avenue, Windhoek',
    }),
    item(5, '09:00', '11:00', 'meeting', 'Abschlussgespräch: Arbeitsplan 2026–2028', {
      address: CITY_HALL,
      counterparts: ['windhoekMayor', 'windhoekWaterExecutive'],
    }),
    item(5, '17:30', '18:30', 'transfer', 'Transfer zum Flughafen Hosea Kutako'),
  ],
  travel: [
    {
      mode: 'flight',
      service: 'LH 181',
      from: 'Berlin Brandenburg (BER)',
      to: 'Frankfurt am Main (FRA)',
      depart: [0, '15:00', 'Europe/Berlin'],
      arrive: [0, '16:10', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'DE 2078',
      from: 'Frankfurt am Main (FRA)',
      to: 'Windhuk Hosea Kutako (WDH)',
      depart: [0, '20:35', 'Europe/Berlin'],
      arrive: [1, '06:30', 'Africa/Windhoek'],
      travellers: 'delegation',
    },
    {
      mode: 'car',
      service: 'Fahrzeug der Stadt Windhuk',
      from: 'Windhuk Hosea Kutako (WDH)',
      to: 'Klein Windhoek Guesthouse',
      depart: [1, '07:30', 'Africa/Windhoek'],
      arrive: [1, '08:30', 'Africa/Windhoek'],
      travellers: 'delegation',
    },
    {
      mode: 'flight',
      service: 'DE 2079',
      from: 'Windhuk Hosea Kutako (WDH)',
      to: 'Frankfurt am Main (FRA)',
      depart: [5, '21:40', 'Africa/Windhoek'],
      arrive: [6, '07:05', 'Europe/Berlin'],
      travellers: 'delegation',
    },
    {
      mode: 'train',
      service: 'ICE 1601',
      from: 'Frankfurt (Main) Flughafen Fernbahnhof',
      to: 'Berlin Hbf',
      depart: [6, '08:10', 'Europe/Berlin'],
      arrive: [6, '12:24', 'Europe/Berlin'],
      travellers: 'delegation',
    },
  ],
  stays: [
    {
      hotel: 'Klein Windhoek Guesthouse',
      address: '2 Hofmeyer Street, Klein Windhoek',
      phone: '+264 61 239 401',
      checkInDay: 1,
      checkOutDay: 5,
      guests: 'delegation',
    },
  ],
  gifts: [
    {
      direction: 'received',
      description: 'Korb aus Makalani-Palmblättern, geflochten von einer Frauenkooperative',
      giver: 'windhoekMayor',
      recipient: 'senatorMobility',
      value: 1400,
      currency: 'NAD',
      disposition: 'Im Foyer der Senatsverwaltung ausgestellt.',
    },
    {
      direction: 'given',
      description: 'Setzling einer Silberlinde mit Plakette „Berlin – Windhuk“',
      giver: 'senatorMobility',
      recipient: 'windhoekMayor',
      value: 90,
      currency: 'EUR',
      disposition: 'Am fünften Besuchstag im Zoo Park gepflanzt.',
    },
  ],
  followUps: [
    {
      what: 'Zwei Stipendien für Fachkräfte der Wasserbetriebe ausschreiben',
      owner: 'Senatsverwaltung für Mobilität',
      dueAfterStart: 60,
      status: 'done',
    },
    {
      what: 'Messdaten der Hitzeschutzprojekte austauschen',
      owner: 'TU Berlin',
      dueAfterStart: 120,
      status: 'open',
    },
    {
      what: 'Netzwerktreffen junger Klimainitiativen in Berlin ausrichten',
      owner: 'Klimabündnis Berliner Kieze',
      dueAfterStart: 200,
      status: 'open',
    },
    {
      what: 'Gemeinsamer Antrag beim Bundesförderprogramm',
      owner: 'Senatskanzlei',
      dueAfterStart: 90,
      status: 'dropped',
    },
  ],
}
