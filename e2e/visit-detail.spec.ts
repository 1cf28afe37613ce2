import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

async function openDemoVisit(page: Page, title: string): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: title }).click()
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
}

/** Tokyo keeps +09:00 all year; Berlin's offset depends on the date, so ask Intl. */
function berlinTimeOfTokyo(date: string, time: string): string {
  const instant = new Date(`${date}T${time}:00+09:00`)
  return new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant)
}

/** The German field's "24.12.2026" as "2026-12-24". */
function isoOf(shown: string): string {
  expect(shown).toMatch(/^\d{2}\.\d{2}\.\d{4}$/)
  return shown.split('.').reverse().join('-')
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

test('a participant joins and an agenda item is refused by name, then shown in both times', async ({
  page,
}) => {
  await openDemoVisit(page, TOKYO_TRIP)

  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  await page.getByRole('combobox', { name: 'Kontakt' }).click()
  await page.keyboard.type('Lihua')
  await page.getByRole('option', { name: /WANG Lihua/ }).click()
  await page.getByRole('button', { name: 'Person hinzufügen' }).click()
  await expect(page.getByText('Person hinzugefügt').first()).toBeVisible()
  const participants = page.getByRole('table', { name: 'Teilnehmende' })
  await expect(participants.getByRole('row').filter({ hasText: 'WANG Lihua' })).toBeVisible()

  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  await page.getByRole('button', { name: 'Neuer Programmpunkt' }).click()
  const dialog = page.getByRole('dialog', { name: 'Neuer Programmpunkt' })
  const date = isoOf(await dialog.getByRole('textbox', { name: 'Datum' }).inputValue())
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Treffen mit dem Klimabeirat')
  await dialog.getByRole('textbox', { name: 'Beginn' }).fill('15:00')
  // An end before the start is read as the next day, and said so before saving.
  await dialog.getByRole('textbox', { name: 'Ende', exact: true }).fill('14:00')
  await expect(dialog.getByText(/^Endet am nächsten Tag/)).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Ende', exact: true }).fill('16:30')
  await expect(dialog.getByText(/^Endet am nächsten Tag/)).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByRole('columnheader', { name: 'Zeit in Berlin' }).first()).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: 'Treffen mit dem Klimabeirat' })
  await expect(row).toContainText('15:00–16:30')
  const home = `${berlinTimeOfTokyo(date, '15:00')}–${berlinTimeOfTokyo(date, '16:30')}`
  await expect(row).toContainText(home)
})

test('a journey that arrives before it leaves is refused on the arrival; gifts and follow-ups', async ({
  page,
}) => {
  await openDemoVisit(page, TOKYO_TRIP)

  await page.getByRole('tab', { name: 'Logistik' }).click()
  await page.getByRole('button', { name: 'Neue Verbindung' }).click()
  const travel = page.getByRole('dialog', { name: 'Neue Verbindung' })
  await travel.getByRole('textbox', { name: 'Von' }).fill('Berlin BER')
  await travel.getByRole('textbox', { name: 'Nach' }).fill('Tokio Haneda')
  const departure = await travel.getByRole('textbox', { name: 'Abreise (Ortszeit)' }).inputValue()
  const day = isoOf(departure.slice(0, 10))
  // 09:00 in Berlin is already evening in Tokyo: 08:00 Tokyo time that day lies before it.
  await travel.getByRole('textbox', { name: 'Ankunft (Ortszeit)' }).fill(`${day}T08:00`)
  await travel.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(
    travel.getByText('Ankunft (Ortszeit): muss nach der Abreise liegen').first(),
  ).toBeVisible()
  await travel.getByRole('textbox', { name: 'Ankunft (Ortszeit)' }).fill(`${nextDay(day)}T08:00`)
  await travel.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(travel).toBeHidden()
  const journeys = page.getByRole('table', { name: 'Reiseverbindungen' })
  await expect(
    journeys.getByRole('row').filter({ hasText: 'Berlin BER → Tokio Haneda' }),
  ).toBeVisible()

  await page.getByRole('tab', { name: 'Geschenke' }).click()
  await page.getByRole('button', { name: 'Neues Geschenk' }).click()
  const gift = page.getByRole('dialog', { name: 'Neues Geschenk' })
  await gift.getByRole('textbox', { name: 'Beschreibung' }).fill('Bildband Berliner Brücken')
  await gift.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(gift).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: 'Bildband Berliner Brücken' })).toBeVisible()
  await page.getByRole('button', { name: 'Bearbeiten: Bildband Berliner Brücken' }).click()
  const editGift = page.getByRole('dialog', { name: 'Geschenk bearbeiten' })
  const description = editGift.getByRole('textbox', { name: 'Beschreibung' })
  await expect(description).toHaveValue('Bildband Berliner Brücken')
  await description.fill('Bildband Berliner Brücken, signiert')
  await editGift.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editGift).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: 'Brücken, signiert' })).toBeVisible()
  // The next new gift starts empty, not with what the edit left behind.
  await page.getByRole('button', { name: 'Neues Geschenk' }).click()
  await expect(gift.getByRole('textbox', { name: 'Beschreibung' })).toHaveValue('')
  await gift.getByRole('button', { name: 'Abbrechen', exact: true }).click()
  await expect(gift).toBeHidden()

  await page.getByRole('tab', { name: 'Aufgaben' }).click()
  await page.getByRole('button', { name: 'Neue Aufgabe' }).click()
  const task = page.getByRole('dialog', { name: 'Neue Aufgabe' })
  await task.getByRole('textbox', { name: 'Aufgabe' }).fill('Dankschreiben an die Gouverneurin')
  await task.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(task).toBeHidden()
  const followUp = page.getByRole('row').filter({ hasText: 'Dankschreiben an die Gouverneurin' })
  await expect(followUp).toContainText('Offen')
  await followUp
    .getByRole('button', { name: 'Als erledigt markieren: Dankschreiben an die Gouverneurin' })
    .click()
  await expect(followUp).toContainText('Erledigt am')
})

test('a visit moves to the trash and comes back from it', async ({ page }) => {
  await openDemoVisit(page, TOKYO_TRIP)

  await page.getByRole('button', { name: 'In den Papierkorb' }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText(TOKYO_TRIP)
  await confirm.getByRole('button', { name: 'In den Papierkorb' }).click()
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Wissenschaftsdelegation' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: TOKYO_TRIP })).toHaveCount(0)

  await page.getByRole('button', { name: 'Papierkorb zeigen' }).click()
  await expect(page.getByRole('heading', { name: 'Papierkorb: Besuche', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: `Wiederherstellen: ${TOKYO_TRIP}` }).click()
  await expect(page.getByText('Wiederhergestellt').first()).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: TOKYO_TRIP })).toHaveCount(0)

  await page.getByRole('button', { name: 'Papierkorb ausblenden' }).click()
  await expect(page.getByRole('row').filter({ hasText: TOKYO_TRIP })).toBeVisible()
})
