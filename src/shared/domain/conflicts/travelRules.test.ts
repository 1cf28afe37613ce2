import { runCases, trip, type Case } from './ruleCases'

const CASES: Case[] = [
  {
    name: 'a meeting in Tokyo while the flight from Berlin is still in the air',
    kind: 'duringTravel',
    found: true,
    build: () => {
      const t = trip()
      const x = t.item({ date: '2026-11-10', startTime: '08:30', endTime: '09:30' })
      return {
        snapshot: t.snap({
          agendaItems: [x],
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-13')],
        }),
        expectIds: [x.id, t.inbound.id],
      }
    },
  },
  {
    name: 'a meeting in Tokyo from the moment the flight lands',
    kind: 'duringTravel',
    found: false,
    build: () => {
      const t = trip()
      const x = t.item({ date: '2026-11-10', startTime: '09:00', endTime: '10:00' })
      return {
        snapshot: t.snap({
          agendaItems: [x],
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-13')],
        }),
      }
    },
  },
  {
    name: 'the flight entered as a transfer item too',
    kind: 'duringTravel',
    found: false,
    build: () => {
      const t = trip()
      const x = t.item({
        date: '2026-11-09',
        startTime: '21:00',
        endDate: '2026-11-10',
        endTime: '09:00',
        kind: 'transfer',
      })
      return {
        snapshot: t.snap({
          agendaItems: [x],
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-13')],
        }),
      }
    },
  },
  {
    // 9 Nov 20:00 JST is 11:00 UTC, an hour before the flight leaves Berlin.
    name: 'a dinner in Tokyo on the day the delegation leaves Berlin',
    kind: 'beforeArrival',
    found: true,
    build: () => {
      const t = trip()
      const x = t.item({ date: '2026-11-09', startTime: '20:00', endTime: '21:00' })
      return {
        snapshot: t.snap({
          agendaItems: [x],
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-13')],
        }),
        expectIds: [x.id, t.inbound.id],
      }
    },
  },
  {
    name: 'a dinner in Tokyo for the host only, before the delegation arrives',
    kind: 'beforeArrival',
    found: false,
    build: () => {
      const t = trip()
      const x = t.item({
        date: '2026-11-09',
        startTime: '20:00',
        endTime: '21:00',
        attendeeIds: [t.pChiyo.id],
      })
      return {
        snapshot: t.snap({
          agendaItems: [x],
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-13')],
        }),
      }
    },
  },
  {
    name: 'the hotel is booked one night short, for both travellers',
    kind: 'missingHotelNight',
    found: true,
    count: 2,
    build: () => {
      const t = trip()
      return {
        snapshot: t.snap({
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-12')],
        }),
      }
    },
  },
  {
    name: 'the hotel covers every night from landing to leaving',
    kind: 'missingHotelNight',
    found: false,
    build: () => {
      const t = trip()
      return {
        snapshot: t.snap({
          travelSegments: [t.inbound, t.outbound],
          accommodations: [t.hotel('2026-11-13')],
        }),
      }
    },
  },
]

runCases('journeys and hotel nights', CASES)
