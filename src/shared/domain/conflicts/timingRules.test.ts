import { day, oneOfTwo, runCases, type Case } from './ruleCases'

/* Times that cannot be, and items off the visit's dates. */
const CASES: Case[] = [
  {
    name: 'end before start on one day',
    kind: 'endBeforeStart',
    found: true,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '10:00', endTime: '09:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: '22:00–01:00 ending the next day is not before its start',
    kind: 'endBeforeStart',
    found: false,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '22:00', endDate: '2026-11-11', endTime: '01:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'Los Angeles, clocks go back: 01:30 (second time) – 01:20 (second time)',
    kind: 'endBeforeStart',
    found: true,
    build: () =>
      oneOfTwo(
        { date: '2026-11-01', startTime: '01:30', endTime: '01:20', startFold: 1, endFold: 1 },
        { date: '2026-11-01', startTime: '12:00', endTime: '13:00' },
        'America/Los_Angeles',
      ),
  },
  {
    name: 'Los Angeles, clocks go back: 01:30 (first time) – 01:20 (second time) lasts 50 minutes',
    kind: 'endBeforeStart',
    found: false,
    build: () =>
      oneOfTwo(
        { date: '2026-11-01', startTime: '01:30', endTime: '01:20', endFold: 1 },
        { date: '2026-11-01', startTime: '12:00', endTime: '13:00' },
        'America/Los_Angeles',
      ),
  },
  {
    name: 'no length',
    kind: 'zeroLength',
    found: true,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '10:00', endTime: '10:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'one minute long',
    kind: 'zeroLength',
    found: false,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '10:00', endTime: '10:01' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'an unknown zone',
    kind: 'unknownZone',
    found: true,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '10:00', endTime: '11:00', timeZone: 'Mars/Olympus' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'no zone at all',
    kind: 'unknownZone',
    found: true,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '10:00', endTime: '11:00', timeZone: '' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'a known zone',
    kind: 'unknownZone',
    found: false,
    build: () =>
      oneOfTwo(
        { date: day, startTime: '10:00', endTime: '11:00', timeZone: 'Asia/Tokyo' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'Berlin 2026-03-29 02:30 does not exist',
    kind: 'skippedTime',
    found: true,
    build: () =>
      oneOfTwo(
        { date: '2026-03-29', startTime: '02:30', endTime: '04:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'Berlin 2026-03-29 03:00 exists',
    kind: 'skippedTime',
    found: false,
    build: () =>
      oneOfTwo(
        { date: '2026-03-29', startTime: '03:00', endTime: '04:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'Los Angeles 2026-03-08: an end at 02:45 does not exist',
    kind: 'skippedTime',
    found: true,
    build: () =>
      oneOfTwo(
        { date: '2026-03-08', startTime: '01:00', endTime: '02:45' },
        { date: day, startTime: '12:00', endTime: '13:00' },
        'America/Los_Angeles',
      ),
  },
  {
    name: 'Los Angeles 2026-03-08: 01:59 exists',
    kind: 'skippedTime',
    found: false,
    build: () =>
      oneOfTwo(
        { date: '2026-03-08', startTime: '01:00', endTime: '01:59' },
        { date: day, startTime: '12:00', endTime: '13:00' },
        'America/Los_Angeles',
      ),
  },
  {
    name: 'a day before the visit',
    kind: 'outsideVisit',
    found: true,
    build: () =>
      oneOfTwo(
        { date: '2026-11-08', startTime: '10:00', endTime: '11:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
  {
    name: 'on the last day of the visit',
    kind: 'outsideVisit',
    found: false,
    build: () =>
      oneOfTwo(
        { date: '2026-11-13', startTime: '10:00', endTime: '11:00' },
        { date: day, startTime: '12:00', endTime: '13:00' },
      ),
  },
]

runCases('times and dates of an item', CASES)
