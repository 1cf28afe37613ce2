import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import ICAL from 'ical.js'
import { buildDemoDataset } from '../src/shared/demo/demoData'
import { agendaInterval } from '../src/shared/domain/agenda'
import { buildSeedPartnerCities } from '../src/shared/seed/partnerCities'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const GOVERNOR_MEETING = 'Gespräch mit der Gouverneurin von Tokio'

async function openDocuments(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  // Loading the demo set takes seconds on a busy machine.
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Dokumente' }).click()
  await expect(page.getByRole('button', { name: 'Kalender exportieren (.ics)' })).toBeVisible()
}

async function exportCalendar(page: Page): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kalender exportieren (.ics)' }).click(),
  ])
  return download
}

type ReadEvent = { uid: string; summary: string; start: string; end: string }

/** The downloaded file read as a calendar program would: ical.js with the file's own zones. */
async function readCalendar(download: Download): Promise<ReadEvent[]> {
  const text = await readFile(await download.path(), 'utf8')
  ICAL.TimezoneService.reset()
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  expect(ICAL.TimezoneService.has('Asia/Tokyo')).toBe(true)
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    }
  })
}

/** The demo set as the page just loaded it: its dates count from today. */
function demoTokyo(): { itemCount: number; meeting: { id: string; start: string; end: string } } {
  const now = new Date()
  const tables = buildDemoDataset(buildSeedPartnerCities(now), now)
  const visit = tables.visits.find((v) => v.title === TOKYO_TRIP)
  const items = tables.agendaItems.filter((i) => i.visitId === visit?.id)
  const meeting = items.find((i) => i.title === GOVERNOR_MEETING)
  if (!meeting) throw new Error('the demo Tokyo trip has the governor meeting')
  const { start, end } = agendaInterval(meeting)
  return {
    itemCount: items.length,
    meeting: { id: meeting.id, start: start.toISOString(), end: end.toISOString() },
  }
}

test('the Tokyo programme exports as a calendar with one event per item at the right instants', async ({
  page,
}) => {
  await openDocuments(page)
  await expect(page.getByRole('combobox', { name: 'Wessen Programm' })).toHaveValue('')
  const download = await exportCalendar(page)
  expect(download.suggestedFilename()).toMatch(/^Kalender-Tokio-\d{4}-\d{2}-\d{2}-de\.ics$/)

  const events = await readCalendar(download)
  const demo = demoTokyo()
  expect(events).toHaveLength(demo.itemCount)
  const meeting = events.find((e) => e.uid === `${demo.meeting.id}@delegation-planner`)
  expect(meeting).toMatchObject({
    summary: GOVERNOR_MEETING,
    start: demo.meeting.start,
    end: demo.meeting.end,
  })
  await expect(
    page.getByText(new RegExp(`Gespeichert: Kalender-Tokio-.*\\(${demo.itemCount} Termine\\)`)),
  ).toBeVisible()
})

test('one participant’s itinerary in English has their flights and fewer items', async ({
  page,
}) => {
  await openDocuments(page)
  await page.getByRole('radio', { name: 'English' }).check()
  const person = page.getByRole('combobox', { name: 'Wessen Programm' })
  await person.selectOption({ label: 'Dr. Katharina Wendland' })
  const download = await exportCalendar(page)
  expect(download.suggestedFilename()).toMatch(
    /^Calendar-Tokyo-\d{4}-\d{2}-\d{2}-Dr.-Katharina-Wendland-en\.ics$/,
  )
  const events = await readCalendar(download)
  expect(events.some((e) => e.summary.startsWith('Flight '))).toBe(true)
  expect(events.map((e) => e.summary)).toContain(GOVERNOR_MEETING)
  await expect(page.getByText(/Gespeichert: Calendar-Tokyo-/)).toBeVisible()
})
