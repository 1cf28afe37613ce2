import type { TripMobileSpec, VisitProtocolSpec } from './demoTypes'

/**
 * The protocol side of the Tokyo trip, kept apart from its programme so each file stays readable:
 * what the briefing book prints about press, photos, security, emergencies and flags, and the
 * delegation's trip mobiles.
 */
export const TOKYO_PROTOCOL: VisitProtocolSpec = {
  pressPlan: [
    'Mitreisende Presse: zwei Journalisten (rbb, Tagesspiegel), akkreditiert über das Presseamt der Stadtregierung Tokio bis spätestens 14 Tage vor Abflug.',
    'Gemeinsame Pressebegegnung am dritten Tag im Pressesaal des Rathauses: je zwei Fragen pro Seite, konsekutiv gedolmetscht.',
    'Pressemitteilung zur Unterzeichnung mit dem Büro der Gouverneurin abgestimmt; Sperrfrist bis zum Ende der Zeremonie.',
    'Soziale Medien: Beiträge erst nach Freigabe durch den Sprecher des Senats.',
  ].join('\n'),
  photoRules: [
    'Empfangsraum der Gouverneurin: Fotos nur zu Beginn (Begrüßung und Handschlag, etwa zwei Minuten).',
    'Fachgespräch, Mittagessen und Abendessen in der Residenz: keine Aufnahmen.',
    'Meiji-Schrein: im inneren Bereich nicht fotografieren.',
    'Offizielle Fotos stellt der Fotodienst der Stadtregierung Tokio am Abend bereit.',
  ].join('\n'),
  securityNotes: [
    'Personenschutz durch das LKA Berlin (ein Beamter) in Abstimmung mit dem Tokyo Metropolitan Police Department; die Anmeldung läuft über die Botschaft.',
    'Fahrzeugkolonne der Stadtregierung ab Flughafen Haneda; Fahrzeiten nicht öffentlich machen.',
    'Erdbeben: Sammelpunkt des Hotels ist der Shinjuku Central Park. Karte mit der Hoteladresse auf Japanisch immer mitführen.',
    'Dienstgeräte nie unbeaufsichtigt lassen; vertrauliche Unterlagen nur im Zimmersafe.',
  ].join('\n'),
  emergencyNumbers: [
    { label: 'Botschaft Tokio, Bereitschaftsdienst', number: '+81 3 5791 7700' },
    { label: 'Polizei (Japan)', number: '110' },
    { label: 'Feuerwehr und Rettungsdienst (Japan)', number: '119' },
    { label: 'Shinjuku Parkside Hotel, Rezeption', number: '+81 3 5322 1234' },
    { label: 'Lagezentrum der Senatskanzlei (rund um die Uhr)', number: '+49 30 9026 2400' },
    { label: 'Leiter des Protokolls, Reisemobil', number: '+49 171 555 0105' },
  ],
  flagsAndAnthems: [
    'Beflaggung im Empfangsraum und bei der Unterzeichnung: Japan, Tokio, Deutschland, Berlin (von links gesehen).',
    'Tischflaggen für die Unterzeichnung bringt das Protokoll mit; Stander Berlins am Wagen 1.',
    'Keine Hymnen: Bei einem offiziellen Besuch auf Ebene der Städte werden keine Nationalhymnen gespielt.',
  ].join('\n'),
}

/** Everyone of the delegation carries a trip mobile; the senator's is not checked yet. */
export const TOKYO_TRIP_MOBILES: Record<string, TripMobileSpec> = {
  mayor: ['+49 171 555 0101', true],
  stateSecretary: ['+49 160 555 0102', true],
  senatorMobility: ['+49 151 555 0103', false],
  businessCeo: ['+49 172 555 0104', true],
  chiefOfProtocol: ['+49 171 555 0105', true],
  protocolOfficer: ['+81 80 5555 0106', true],
  interpreterJa: ['+81 90 5555 0107', true],
  pressSpokesperson: ['+49 170 555 0108', true],
  securityOfficer: ['+49 160 555 0109', true],
}

/** What the principal says if the Governor's side brings up a topic the delegation will not. */
export const GOVERNOR_DEFENSIVE_LINES = [
  'Falls angesprochen – Friedensstatue in Moabit: Über den Standort entscheidet der Bezirk Mitte; der Senat ist mit dem Bezirk im Gespräch. Keine Zusagen, kein Zeitplan.',
  'Falls angesprochen – Olympische Spiele: Berlin prüft eine Bewerbung ergebnisoffen; Tokios Erfahrungen von 2021 mit Nachnutzung und Kosten sind ausdrücklich willkommen.',
  'Falls angesprochen – Kosten der Reise: getragen aus dem Haushalt der Senatskanzlei; die Wirtschaftsvertreter reisen auf eigene Kosten.',
].join('\n')
