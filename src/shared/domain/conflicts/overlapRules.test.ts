import { base, day, runCases, twoItems, type Case } from './ruleCases'

/* Two items at once for one person, and too little time between two places. */
const CASES: Case[] = [
  {
    name: 'whole delegation in two overlapping items',
    kind: 'personDoubleBooked',
    found: true,
    build: () =>
      twoItems(
        { date: day, startTime: '10:00', endTime: '11:00' },
        { date: day, startTime: '10:30', endTime: '11:30' },
      ),
  },
  {
    name: 'one item right after the other',
    kind: 'personDoubleBooked',
    found: false,
    build: () =>
      twoItems(
        { date: day, startTime: '10:00', endTime: '11:00' },
        { date: day, startTime: '11:00', endTime: '12:00' },
      ),
  },
  {
    name: 'nobody listed yet in one of them',
    kind: 'personDoubleBooked',
    found: false,
    build: () =>
      twoItems(
        { date: day, startTime: '10:00', endTime: '11:00' },
        { date: day, startTime: '10:30', endTime: '11:30', attendeeIds: [] },
      ),
  },
  {
    name: 'different delegates listed: parallel tracks',
    kind: 'personDoubleBooked',
    found: false,
    build: () => {
      const { item, snap, pAnna, pBen } = base()
      const x = item({ date: day, startTime: '10:00', endTime: '11:00', attendeeIds: [pAnna.id] })
      const y = item({ date: day, startTime: '10:30', endTime: '11:30', attendeeIds: [pBen.id] })
      return { snapshot: snap({ agendaItems: [x, y] }) }
    },
  },
  {
    name: 'the same counterpart in two items, nobody of the delegation listed',
    kind: 'personDoubleBooked',
    found: true,
    build: () => {
      const { item, snap, chiyo } = base()
      const fields = { attendeeIds: [], counterpartIds: [chiyo.id] }
      const x = item({ date: day, startTime: '10:00', endTime: '11:00', ...fields })
      const y = item({ date: day, startTime: '10:59', endTime: '11:30', ...fields })
      return { snapshot: snap({ agendaItems: [x, y] }), expectIds: [x.id, y.id] }
    },
  },
  {
    name: 'a host-side participant listed in two items',
    kind: 'personDoubleBooked',
    found: true,
    build: () => {
      const { item, snap, pChiyo } = base()
      const x = item({ date: day, startTime: '10:00', endTime: '11:00', attendeeIds: [pChiyo.id] })
      const y = item({ date: day, startTime: '10:30', endTime: '11:30', attendeeIds: [pChiyo.id] })
      return { snapshot: snap({ agendaItems: [x, y] }), expectIds: [x.id, y.id] }
    },
  },
  {
    name: 'a reception past midnight and an item the next night',
    kind: 'personDoubleBooked',
    found: true,
    build: () =>
      twoItems(
        { date: day, startTime: '22:00', endDate: '2026-11-11', endTime: '01:00' },
        { date: '2026-11-11', startTime: '00:30', endTime: '01:30' },
      ),
  },
  {
    name: 'a reception past midnight and an item from its end',
    kind: 'personDoubleBooked',
    found: false,
    build: () =>
      twoItems(
        { date: day, startTime: '22:00', endDate: '2026-11-11', endTime: '01:00' },
        { date: '2026-11-11', startTime: '01:00', endTime: '02:00' },
      ),
  },
  {
    // Berlin, clocks back on 2026-10-25: 02:15 happens at 00:15 UTC (fold 0) and 01:15 UTC.
    name: 'Berlin, clocks go back: the same 02:15–02:45 twice, first and second time',
    kind: 'personDoubleBooked',
    found: false,
    build: () =>
      twoItems(
        { date: '2026-10-25', startTime: '02:15', endTime: '02:45' },
        { date: '2026-10-25', startTime: '02:15', endTime: '02:45', startFold: 1, endFold: 1 },
      ),
  },
  {
    name: 'Berlin, clocks go back: 02:15–02:45 both the first time',
    kind: 'personDoubleBooked',
    found: true,
    build: () =>
      twoItems(
        { date: '2026-10-25', startTime: '02:15', endTime: '02:45' },
        { date: '2026-10-25', startTime: '02:30', endTime: '02:50' },
      ),
  },
  {
    // Berlin, clocks forward on 2026-03-29: 01:30–03:30 lasts one hour (00:30–01:30 UTC).
    name: 'Berlin, clocks go forward: 01:30–03:30 and 03:15–04:00 overlap',
    kind: 'personDoubleBooked',
    found: true,
    build: () =>
      twoItems(
        { date: '2026-03-29', startTime: '01:30', endTime: '03:30' },
        { date: '2026-03-29', startTime: '03:15', endTime: '04:00' },
      ),
  },
  {
    name: 'Berlin, clocks go forward: 01:00–03:00 ends when 03:00–04:00 starts',
    kind: 'personDoubleBooked',
    found: false,
    build: () =>
      twoItems(
        { date: '2026-03-29', startTime: '01:00', endTime: '03:00' },
        { date: '2026-03-29', startTime: '03:00', endTime: '04:00' },
      ),
  },
  {
    // Los Angeles, clocks back on 2026-11-01: 01:10 is 08:10 UTC (fold 0) and 09:10 UTC.
    name: 'Los Angeles, clocks go back: 01:10–01:50 the first time and the second time',
    kind: 'personDoubleBooked',
    found: false,
    build: () =>
      twoItems(
        { date: '2026-11-01', startTime: '01:10', endTime: '01:50' },
        { date: '2026-11-01', startTime: '01:10', endTime: '01:50', startFold: 1, endFold: 1 },
        'America/Los_Angeles',
      ),
  },
  {
    name: 'Los Angeles, clocks go back: 01:10 (first) – 01:20 (second) holds 01:30 (first)',
    kind: 'personDoubleBooked',
    found: true,
    build: () =>
      twoItems(
        { date: '2026-11-01', startTime: '01:10', endTime: '01:20', endFold: 1 },
        { date: '2026-11-01', startTime: '01:30', endTime: '01:40' },
        'America/Los_Angeles',
      ),
  },
  {
    name: '10 minutes from the town hall to the museum, buffer 15',
    kind: 'tightTransfer',
    found: true,
    build: () =>
      twoItems(
        { date: day, startTime: '09:00', endTime: '10:00', place: 'Rotes Rathaus' },
        { date: day, startTime: '10:10', endTime: '11:00', place: 'Pergamonmuseum' },
      ),
  },
  {
    name: '15 minutes from the town hall to the museum, buffer 15',
    kind: 'tightTransfer',
    found: false,
    build: () =>
      twoItems(
        { date: day, startTime: '09:00', endTime: '10:00', place: 'Rotes Rathaus' },
        { date: day, startTime: '10:15', endTime: '11:00', place: 'Pergamonmuseum' },
      ),
  },
  {
    name: 'the same place written differently',
    kind: 'tightTransfer',
    found: false,
    build: () =>
      twoItems(
        { date: day, startTime: '09:00', endTime: '10:00', place: 'Rotes Rathaus' },
        { date: day, startTime: '10:05', endTime: '11:00', place: '  rotes   RATHAUS ' },
      ),
  },
  {
    name: 'a transfer item in between is the way there',
    kind: 'tightTransfer',
    found: false,
    build: () => {
      const { item, snap } = base()
      return {
        snapshot: snap({
          agendaItems: [
            item({ date: day, startTime: '09:00', endTime: '10:00', place: 'Rotes Rathaus' }),
            item({ date: day, startTime: '10:00', endTime: '10:10', kind: 'transfer', place: '' }),
            item({ date: day, startTime: '10:10', endTime: '11:00', place: 'Pergamonmuseum' }),
          ],
        }),
      }
    },
  },
]

runCases('same person twice at once, tight transfers', CASES)
