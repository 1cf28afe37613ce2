import { expect, test } from './fixtures'

/** E-mail addresses of demo contacts: cards with these are duplicates. */
const DEMO_EMAILS = [
  'katharina.wendland@senatskanzlei.example',
  'thomas.reinhardt@senatskanzlei.example',
  'lena.vogt@senatskanzlei.example',
  'd.kobayashi@tmg.example',
  'philippe.rousseau@paris.example',
]
const GIVEN = ['Jana', 'Piotr', 'Aiko', 'Lucía', 'Omar', 'Ingrid', 'Kwame', 'Élodie', 'Timur']
const FAMILY = ['Novák', 'Wiśniewski', 'Tanaka', 'Fernández', 'Haddad', 'Lindqvist', 'Mensah']

function card(lines: string[]): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n')
}

/** 45 new people (one with a Cyrillic name) and 5 demo contacts with a tag to merge in. */
function fiftyCards(): string {
  const cards: string[] = []
  for (let i = 0; i < 44; i++) {
    const given = GIVEN[i % GIVEN.length] ?? ''
    const family = `${FAMILY[i % FAMILY.length] ?? ''}-${i + 1}`
    cards.push(card([`N:${family};${given};;;`, `FN:${given} ${family}`, 'ORG:Adressbuch GmbH']))
  }
  cards.push(card(['N:Smirnova;Julija;;;', 'FN:Julija Smirnova', 'X-NATIVE-NAME:Юлия Смирнова']))
  DEMO_EMAILS.forEach((email, i) => {
    cards.push(card([`N:Doppelt;Karte ${i + 1};;;`, `EMAIL:${email}`, 'CATEGORIES:Abgleich2026']))
  })
  return cards.join('')
}

test('a file of 50 vCards: preview, merge the 5 duplicates, find an imported person', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  // The demo set loads lazily and writes many rows; a busy machine needs more than 5 s.
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({ timeout: 60_000 })

  await page.goto('/#/contacts')
  await page.getByRole('button', { name: 'Importieren…' }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte importieren', level: 1 })).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Datei auswählen…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'adressbuch.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(fiftyCards(), 'utf8'),
  })

  const counts = page.getByTestId('import-counts')
  await expect(counts).toContainText('45 neu')
  await expect(counts).toContainText('5 Dubletten')
  await expect(counts).toContainText('0 ungültig')
  await expect(page.getByText('1 neue Organisation wird angelegt: Adressbuch GmbH')).toBeVisible()
  await page
    .getByRole('group', { name: 'Für alle Dubletten:' })
    .getByRole('button', { name: 'Zusammenführen' })
    .click()
  await page.getByRole('button', { name: '50 Kontakte importieren' }).click()

  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
  await expect(
    // The toast's body and Fluent's live region can both hold the text for a moment.
    page.getByText('45 hinzugefügt, 5 zusammengeführt, 0 übersprungen, 0 ungültig.').first(),
  ).toBeVisible()
  const search = page.getByRole('searchbox').first()
  await search.fill('Смирнова')
  await expect(page.getByRole('row').filter({ hasText: 'Julija Smirnova' })).toBeVisible()
  // The merged demo contacts kept their names and gained the file's tag.
  await search.fill('Abgleich2026')
  await expect(page.getByRole('row').filter({ hasText: 'Katharina Wendland' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Doppelt' })).toHaveCount(0)
})
