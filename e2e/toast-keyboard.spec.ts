import type { Page } from '@playwright/test'
import { openDemoTokyoTrip } from './demoVisit'
import { expect, test } from './fixtures'

/** A toast must not keep the keyboard (WCAG 2.1.2): Tab and Shift+Tab leave it, Esc goes back. */

type Focus = {
  inToaster: boolean
  onToast: boolean
  onUndo: boolean
  onBody: boolean
  marked: boolean
}

// The e2e config has no DOM types, so the page's window is read through a narrow shape.
type FocusWindow = {
  document: {
    activeElement: {
      closest: (s: string) => unknown
      textContent: string | null
      tagName: string
      hasAttribute: (n: string) => boolean
      matches: (s: string) => boolean
    } | null
    body: unknown
  }
}

const focus = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as FocusWindow).document
    const active = doc.activeElement
    const inToaster = Boolean(active?.closest('[data-toaster-position]'))
    return {
      inToaster,
      onToast: Boolean(active?.matches('.fui-ToastContainer')),
      onUndo: inToaster && active?.tagName === 'BUTTON' && active.textContent === 'Rückgängig',
      onBody: !active || active === doc.body,
      marked: Boolean(active?.hasAttribute('data-e2e-before')),
    }
  })

/** Marks the focused control, to recognise it when the focus comes back. */
const markFocused = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as FocusWindow).document
    const active = doc.activeElement as unknown as { setAttribute: (n: string, v: string) => void }
    active.setAttribute('data-e2e-before', '')
  })

async function tabToUndo(page: Page, key: 'Tab' | 'Shift+Tab', most: number): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    const now = await focus(page)
    if (now.onUndo) return
    // On the toast itself, Tab goes into it (Fluent's way in); Shift+Tab would leave.
    await page.keyboard.press(now.onToast ? 'Tab' : key)
  }
  expect((await focus(page)).onUndo).toBe(true)
}

test('Tab and Shift+Tab leave a focused toast, and Esc returns to where the focus was', async ({
  page,
}) => {
  await openDemoTokyoTrip(page)
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  const deleteButtons = page.getByRole('button', { name: /^Löschen: / })
  await deleteButtons.first().click()
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click()
  const undo = page.getByRole('button', { name: 'Rückgängig', exact: true })
  await expect(undo).toBeVisible()

  // The toaster comes last in the page, so Shift+Tab from the page's first control reaches it.
  await page.evaluate(() => {
    const doc = (globalThis as unknown as FocusWindow).document as unknown as {
      querySelector: (s: string) => { focus: () => void } | null
    }
    doc.querySelector('a[href], button')?.focus()
  })
  await tabToUndo(page, 'Shift+Tab', 4)

  await page.keyboard.press('Shift+Tab')
  const behind = await focus(page)
  expect(behind.inToaster).toBe(false)
  expect(behind.onBody).toBe(false)

  // Back in: Tab reaches the toast, the next Tab its button.
  await tabToUndo(page, 'Tab', 3)
  await page.keyboard.press('Tab')
  const ahead = await focus(page)
  expect(ahead.inToaster).toBe(false)
  expect(ahead.onBody).toBe(false)
  await markFocused(page)

  // Esc closes the toasts and gives the focus back to the control it came from.
  await tabToUndo(page, 'Shift+Tab', 3)
  await page.keyboard.press('Escape')
  await expect(undo).toBeHidden()
  expect((await focus(page)).marked).toBe(true)
})
