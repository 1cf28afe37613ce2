import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

/** Loads the demo data in German and opens the Tokyo trip's detail page. */
export async function openDemoTokyoTrip(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.goto('/#/visits')
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await expect(page.getByRole('heading', { name: TOKYO_TRIP, level: 1 })).toBeVisible()
}
