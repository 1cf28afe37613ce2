import type { Page } from '@playwright/test'
import type { Measurement } from './benchStats'
import {
  countText,
  dataRowCount,
  firstSeen,
  lastEventAt,
  rowRendered,
  seen,
  until,
  watch,
} from './pageProbe'

const ROWS_AND_COUNT = `window.__bench.dataRows() > 0 && window.__bench.countText() !== ''`
const QUIET_MS = 500

/**
 * From Settings, a click on "Kontakte" in the side navigation until the first rows and the count
 * are on screen. Each time the page mounts afresh: the live query reads every contact from
 * IndexedDB, the list is sorted by precedence and its search text folded, then rows render.
 */
export async function openContactsList(page: Page, runs: number): Promise<Measurement[]> {
  const first: number[] = []
  const settled: number[] = []
  for (let i = 0; i < runs; i++) {
    await page.getByRole('link', { name: /^Einstellungen/ }).click()
    await page.getByRole('button', { name: 'Sicherung einspielen' }).waitFor()
    await watch(page, 'list', ROWS_AND_COUNT, QUIET_MS)
    const start = (await page.evaluate(
      `(() => { const t = performance.now(); document.querySelector('nav a[href="#/contacts"]').click(); return t })()`,
    )) as number
    const seenList = await seen(page, 'list')
    first.push(seenList.frame - start)
    settled.push(seenList.settled - start)
  }
  const shown = `${await countText(page)}; ${await dataRowCount(page)} rows in the DOM`
  const clock = 'from the click on "Kontakte" (in the page)'
  return [
    {
      name: 'open contacts list → first rows',
      includes: `${clock} to the frame after the first data rows and the count text are in the DOM: route change, useLiveQuery reading all contacts and organizations from IndexedDB, indexContacts (sort by precedence, fold search text), first virtualised render`,
      samples: first,
      shown,
    },
    {
      name: 'open contacts list → settled',
      includes: `${clock} to the last DOM change before ${QUIET_MS} ms without any (later live-query results, e.g. organization names, re-render the list)`,
      samples: settled,
    },
  ]
}

/** A full reload on #/contacts: from navigation start until the first row is in the DOM. */
export async function reloadContactsList(page: Page, runs: number): Promise<Measurement[]> {
  const toRow: number[] = []
  const toShell: number[] = []
  for (let i = 0; i < runs; i++) {
    await page.reload()
    await until(page, 'window.__bench.firstSeen.row !== undefined')
    const at = await firstSeen(page)
    toRow.push(at.row ?? NaN)
    toShell.push(at.nav ?? NaN)
  }
  const clock = 'from the navigation start of a reload of #/contacts (performance.now() origin)'
  return [
    {
      name: 'reload on #/contacts → app shell',
      includes: `${clock} until the side navigation is in the DOM: HTML, JS bundle parse and run, i18n, React's first render`,
      samples: toShell,
    },
    {
      name: 'reload on #/contacts → first rows',
      includes: `${clock} until the first data row is in the DOM (no extra frame): opening IndexedDB and seeding check, reading all contacts, indexing, first render`,
      samples: toRow,
    },
  ]
}

/**
 * Jumps to the end of the unfiltered list, by setting scrollTop and by the End key on a row, and
 * back to the top; counts the rows in the DOM to show that the list is virtualised.
 */
export async function scrollToEnd(page: Page, runs: number, total: number): Promise<Measurement[]> {
  const last = total - 1
  const byScroll: number[] = []
  const byKey: number[] = []
  const rowsInDom: number[] = []
  const jump = `(() => { const t = performance.now(); const s = document.querySelector('[role="rowgroup"]'); s.scrollTop = POS; return t })()`
  for (let i = 0; i < runs; i++) {
    await watch(page, 'end', rowRendered(last))
    const start = (await page.evaluate(jump.replace('POS', 's.scrollHeight'))) as number
    byScroll.push((await seen(page, 'end')).frame - start)
    rowsInDom.push(await dataRowCount(page))
    await watch(page, 'top', rowRendered(0))
    await page.evaluate(jump.replace('POS', '0'))
    await seen(page, 'top')
  }
  for (let i = 0; i < runs; i++) {
    await page.locator('[role="rowgroup"] [role="row"][data-index="0"]').focus()
    await watch(page, 'end', rowRendered(last))
    await page.keyboard.press('End')
    const end = await seen(page, 'end')
    byKey.push(end.frame - (await lastEventAt(page, 'keydown')))
    rowsInDom.push(await dataRowCount(page))
    await watch(page, 'top', rowRendered(0))
    await page.keyboard.press('Home')
    await seen(page, 'top')
  }
  const rows = `${Math.min(...rowsInDom)}–${Math.max(...rowsInDom)} of ${total} rows in the DOM`
  return [
    {
      name: 'jump to end (scrollTop = scrollHeight) → last row',
      includes: `from setting scrollTop on the list's scroller (in the page) to the frame after row ${total} is in the DOM: scroll event, virtualizer range update, React render of the new rows`,
      samples: byScroll,
      shown: rows,
    },
    {
      name: 'End key on the first row → last row',
      includes: `from the keydown event's timeStamp to the frame after row ${total} is in the DOM: the table's key handler, virtualizer.scrollToIndex, render`,
      samples: byKey,
      shown: rows,
    },
  ]
}
