import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { buildCalendar } from '@shared/calendar/buildCalendar'
import { loadBriefingData } from '@shared/documents/briefingData'
import { translator } from '@shared/i18n'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
const tables = buildSampleTables(now)
const tokyoCity = tables.partnerCities.find((c) => c.name.en === 'Tokyo')
const tokyo = tables.visits.find((v) => v.cityId === tokyoCity?.id)
if (!tokyo) throw new Error('the demo has a visit to Tokyo')
const inTokyo = new Set(
  tables.participants.filter((p) => p.visitId === tokyo.id).map((p) => p.contactId),
)
const counterparts = new Set(
  tables.agendaItems.filter((i) => i.visitId === tokyo.id).flatMap((i) => i.counterpartIds),
)
const head = tables.participants.find((p) => p.visitId === tokyo.id && p.role === 'head')
const stranger = tables.contacts.find((c) => !inTokyo.has(c.id) && !counterparts.has(c.id))
if (!head || !stranger) throw new Error('the demo has these people')

let sample = ''
beforeAll(async () => {
  sample = serializeBackup(await createBackup(tables, { appVersion: '9.8.7', now }))
})

async function ics(
  files: Record<string, string>,
  ...argv: string[]
): Promise<FakeIo & { exitCode: number }> {
  const io = fakeIo(files)
  io.now = () => now
  return Object.assign(io, { exitCode: await runCli(['ics', ...argv], io, deps) })
}

const BASE = ['b.json', '--visit', tokyo.id, '--out', 'x.ics']

function summaries(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).summary)
}

describe('planner ics', () => {
  it('writes the calendar the builder makes from the same data, and says how many events', async () => {
    const io = await ics({ 'b.json': sample }, ...BASE, '--lang', 'de')
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    const text = io.files.get('x.ics') ?? ''
    const data = loadBriefingData(tables, tokyo.id, now)
    expect(text).toBe(buildCalendar(data, { lang: 'de' }))
    expect(summaries(text)).toHaveLength(data.agendaItems.length)
    expect(io.out).toEqual([
      `x.ics geschrieben: „${tokyo.title}“, ${data.agendaItems.length} Termine.`,
    ])
  })

  it('writes one person’s itinerary, with their journeys, in English', async () => {
    const io = await ics({ 'b.json': sample }, ...BASE, '--person', head.contactId, '--lang', 'en')
    expect(io.exitCode).toBe(0)
    const names = summaries(io.files.get('x.ics') ?? '')
    expect(names.some((s) => s.startsWith('Flight '))).toBe(true)
    expect(io.out[0]).toMatch(/^Wrote x\.ics: “.+”, \d+ events\.$/)
  })

  it('names an unknown visit and lists the visits of the backup (exit 1)', async () => {
    const io = await ics({ 'b.json': sample }, 'b.json', '--visit', 'nope', '--out', 'x.ics')
    expect(io.exitCode).toBe(1)
    expect(io.err[0]).toBe('There is no visit with the id nope in b.json.')
    expect(io.err.join('\n')).toContain(tokyo.id)
    expect(io.files.has('x.ics')).toBe(false)
  })

  it('names a person who is not in the visit and lists its participants (exit 1)', async () => {
    const io = await ics({ 'b.json': sample }, ...BASE, '--person', stranger.id, '--lang', 'en')
    expect(io.exitCode).toBe(1)
    expect(io.err[0]).toContain(`(${stranger.id}) neither takes part in “${tokyo.title}”`)
    expect(io.err.join('\n')).toContain(head.contactId)

    const unknown = await ics({ 'b.json': sample }, ...BASE, '--person', 'x-1', '--lang', 'de')
    expect(unknown.exitCode).toBe(1)
    expect(unknown.err[0]).toBe('In b.json gibt es keinen Kontakt mit der ID x-1.')
  })

  it('refuses a file that is not a valid backup, and a missing one (exit 1)', async () => {
    const broken = await ics({ 'b.json': sample.replace('"sha256:', '"sha256:0') }, ...BASE)
    expect(broken.exitCode).toBe(1)
    expect(broken.err[0]).toMatch(/^b\.json is not a valid backup\. 1 problem found:$/)

    const missing = await ics({}, ...BASE)
    expect(missing.exitCode).toBe(1)
    expect(missing.err[0]).toContain('b.json')
  })

  it('says what is missing and shows its help on wrong usage (exit 2), in both languages', async () => {
    const noOut = await ics({ 'b.json': sample }, 'b.json', '--visit', tokyo.id, '--lang', 'de')
    expect(noOut.exitCode).toBe(2)
    expect(noOut.err[0]).toBe(
      'Geben Sie an, wohin der Kalender geschrieben wird: --out <Datei.ics>.',
    )
    expect(noOut.err.join('\n')).toContain(translator('de')('cli.helpIcs'))

    const noVisit = await ics({ 'b.json': sample }, 'b.json', '--out', 'x.ics', '--lang', 'en')
    expect(noVisit.exitCode).toBe(2)
    expect(noVisit.err.join('\n')).toContain('Usage: planner ics <backup> --visit <id>')

    const wrongOption = await ics({}, ...BASE, '--variant', 'full')
    expect(wrongOption.exitCode).toBe(2)
  })

  it('prints its help with --help and through planner help ics', async () => {
    for (const lang of ['de', 'en'] as const) {
      const io = await ics({}, '--help', '--lang', lang)
      expect(io.exitCode).toBe(0)
      expect(io.out).toEqual([translator(lang)('cli.helpIcs')])
    }
    const io = fakeIo()
    expect(await runCli(['help', 'ics', '--lang', 'en'], io, deps)).toBe(0)
    expect(io.out.join('\n')).toContain('--person <contactId>')
    const main = fakeIo()
    await runCli(['--help', '--lang', 'de'], main, deps)
    expect(main.out.join('\n')).toContain('ics <Datei> --visit <ID>')
  })

  it('does not overwrite the backup with the calendar', async () => {
    const io = await ics({ 'b.json': sample }, 'b.json', '--visit', tokyo.id, '--out', 'b.json')
    expect(io.exitCode).toBe(1)
    expect(io.files.get('b.json')).toBe(sample)
  })
})
