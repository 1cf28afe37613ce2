import type { Page } from '@playwright/test'
import type { Measurement } from './benchStats'
import { countText, searchOnce, seen, takeKeyLatencies, until, watch } from './pageProbe'

/** What is searched: a Latin surname, names in Japanese and Cyrillic, a tag, and no match. */
export const FILTER_QUERIES: readonly { label: string; query: string }[] = [
  { label: 'Latin surname', query: 'Kowalski' },
  { label: 'Japanese name', query: '佐藤' },
  { label: 'Cyrillic name', query: 'Петрова' },
  { label: 'tag', query: 'Dolmetschen' },
  { label: 'no match', query: 'qxzv' },
]

const SEARCH_CLOCK =
  'from dispatching one input event with the whole query (in the page, as a paste would) to the frame after the count text ("N von 20.000") changed: React update of the field, the deferred filter over the indexed contacts (useDeferredValue), render of the rows'

/**
 * Each query `runs` times from the full list, and the way back to the full list. A run sets the
 * whole query at once; the count text is the sign the filtered rows are rendered.
 */
export async function filterLatency(page: Page, runs: number): Promise<Measurement[]> {
  const full = await countText(page)
  const out: Measurement[] = []
  const clearing: number[] = []
  for (const { label, query } of FILTER_QUERIES) {
    const samples: number[] = []
    let shown = ''
    for (let i = 0; i < runs; i++) {
      const s = await searchOnce(page, query)
      samples.push(s.frame - s.start)
      shown = await countText(page)
      const c = await searchOnce(page, '')
      clearing.push(c.frame - c.start)
      const back = await countText(page)
      if (back !== full) throw new Error(`After clearing the search the list shows "${back}".`)
    }
    out.push({ name: `filter: ${label} "${query}"`, includes: SEARCH_CLOCK, samples, shown })
  }
  out.push({
    name: 'filter: clear the field → full list',
    includes: `${SEARCH_CLOCK}; the query is the empty string, so all contacts are shown again`,
    samples: clearing,
    shown: full,
  })
  return out
}

/**
 * Typing at a human pace (100 ms between keys) with real key events: per key, the time from the
 * keydown event until the frame after its handlers, i.e. how long the field lags behind the
 * fingers while the list filters in the background. Only the Latin queries: Playwright enters
 * Japanese and Cyrillic text as composed input without key events.
 */
export async function typingResponsiveness(page: Page, runs: number): Promise<Measurement> {
  const field = page.getByRole('searchbox', { name: 'Suchen' })
  const full = await countText(page)
  const latin = FILTER_QUERIES.filter(({ query }) => /^[\x20-\x7e]+$/.test(query))
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const { query } of latin) {
      await field.focus()
      await takeKeyLatencies(page)
      await field.pressSequentially(query, { delay: 100 })
      await until(page, `window.__bench.keyLatencies.length >= ${query.length}`)
      samples.push(...(await takeKeyLatencies(page)))
      await watch(page, 'clear', `window.__bench.countText() === ${JSON.stringify(full)}`)
      await page.evaluate(`window.__bench.setSearch('')`)
      await seen(page, 'clear')
    }
  }
  return {
    name: 'typing: key press → next frame, per key',
    includes: `real key events (Playwright pressSequentially, 100 ms apart) typing ${latin.map((q) => `"${q.query}"`).join(', ')}; per key, from the keydown event's timeStamp to the frame after its handlers ran (INP-style), while the deferred filter runs`,
    samples,
  }
}

/** What is typed key by key: Latin, Cyrillic and Japanese names and a tag. */
export const KEYSTROKE_QUERIES: readonly string[] = ['Kowalski', 'Петрова', '佐藤', 'Dolmetschen']

/**
 * Search as you type, per keystroke: the field gets one more character per input event (as
 * typing, or an IME committing a character, does), 100 ms apart, and the clock runs from that
 * event until the frame after the list shows the results for exactly that text (the count's
 * data-count-for attribute names the search text it belongs to; the rows render in the same
 * commit). This is the number the design's "within one frame" target is about.
 */
export async function keystrokeLatency(page: Page, runs: number): Promise<Measurement> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const query of KEYSTROKE_QUERIES) {
      const chars = [...query]
      for (let n = 1; n <= chars.length; n++) {
        const prefix = JSON.stringify(chars.slice(0, n).join(''))
        await watch(page, 'key', `window.__bench.countFor() === ${prefix}`)
        const start = (await page.evaluate(
          `(() => { const t = performance.now(); window.__bench.setSearch(${prefix}); return t })()`,
        )) as number
        const s = await seen(page, 'key')
        samples.push(s.frame - start)
        await page.waitForTimeout(100)
      }
      await watch(page, 'clear', `window.__bench.countFor() === ''`)
      await page.evaluate(`window.__bench.setSearch('')`)
      await seen(page, 'clear')
    }
  }
  return {
    name: 'search as you type: keystroke → results painted, per key',
    includes: `one input event per character of ${KEYSTROKE_QUERIES.map((q) => `"${q}"`).join(', ')} (100 ms apart); from dispatching it to the frame after the count and rows for exactly that text are in the DOM: React update, the deferred ranked search over the indexed contacts, render of the rows`,
    samples,
  }
}
