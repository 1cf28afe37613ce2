import type { BrowserContext, Page } from '@playwright/test'

/**
 * The clocks run inside the page, so CDP round trips between this script and Chromium are not
 * part of any number. The page-side code is plain JavaScript in strings: the Node side is
 * type-checked without the DOM library, and functions compiled by tsx carry `__name(...)` helper
 * calls that do not exist in the page.
 *
 * `watch(id, test)` starts a MutationObserver on the whole document; at the first DOM change after
 * which `test()` holds it notes `dom` (performance.now(), right after React's commit), then waits
 * for the next animation frame plus a zero timeout and notes `frame` (that frame's style, layout
 * and paint have then been produced). With `quietMs`, it goes on watching and notes `settled`: the
 * last DOM change before `quietMs` without any. A test that already holds when the watch starts is
 * an error, so a stale page can never produce a fast number.
 */
const PROBE_SCRIPT = `(() => {
  const events = {}
  const keyLatencies = []
  for (const type of ['keydown', 'click', 'change']) {
    window.addEventListener(type, (e) => { events[type] = e.timeStamp }, { capture: true })
  }
  window.addEventListener('keydown', (e) => {
    const at = e.timeStamp
    requestAnimationFrame(() => setTimeout(() => keyLatencies.push(performance.now() - at), 0))
  }, { capture: true })
  // From the document's start: when the app shell and the first list row are first in the DOM.
  const firstSeen = {}
  const boot = new MutationObserver(() => {
    const at = performance.now()
    if (firstSeen.nav === undefined && document.querySelector('nav a')) firstSeen.nav = at
    if (firstSeen.row === undefined && document.querySelector('[role="rowgroup"] [role="row"]')) {
      firstSeen.row = at
      boot.disconnect()
      // B2's "interactive": the frame with the first rows was produced and the main thread then
      // ran a task, so an input event arriving now is handled at once.
      requestAnimationFrame(() => setTimeout(() => { firstSeen.interactive = performance.now() }, 0))
    }
  })
  boot.observe(document, { subtree: true, childList: true })
  const pending = new Map()
  window.__bench = {
    events,
    keyLatencies,
    firstSeen,
    watch(id, test, quietMs = 0, timeoutMs = 180000) {
      boot.disconnect()
      if (test()) throw new Error('watch "' + id + '": already true before the action')
      pending.set(id, new Promise((resolve, reject) => {
        let dom
        let lastChange
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error('watch "' + id + '": timed out'))
        }, timeoutMs)
        const finish = (seen) => {
          clearTimeout(timer)
          observer.disconnect()
          resolve(seen)
        }
        const settle = (frame) => {
          if (performance.now() - lastChange >= quietMs) finish({ dom, frame, settled: lastChange })
          else setTimeout(() => settle(frame), 20)
        }
        const observer = new MutationObserver(() => {
          lastChange = performance.now()
          if (dom !== undefined || !test()) return
          dom = lastChange
          requestAnimationFrame(() => setTimeout(() => {
            const frame = performance.now()
            if (quietMs > 0) settle(frame)
            else finish({ dom, frame, settled: dom })
          }, 0))
        })
        // data-count-for: the search text the contacts list's count and rows belong to.
        observer.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: ['data-count-for'],
        })
      }))
    },
    result(id) { return pending.get(id) },
    until(test, timeoutMs = 180000) {
      const started = performance.now()
      return new Promise((resolve, reject) => {
        const poll = () => {
          if (test()) return resolve(performance.now())
          if (performance.now() - started > timeoutMs) return reject(new Error('until: timed out'))
          setTimeout(poll, 10)
        }
        poll()
      })
    },
    countFor() {
      return document.querySelector('[data-count-for]')?.getAttribute('data-count-for') ?? null
    },
    countText() {
      return document.querySelector('[role="search"] > [aria-live]')?.textContent ?? ''
    },
    dataRows() {
      return document.querySelectorAll('[role="rowgroup"] [role="row"]').length
    },
    setSearch(value) {
      const input = document.querySelector('[role="search"] input')
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      setter.call(input, value)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    },
  }
})()`

/** The moments a watch saw, in performance.now() milliseconds of the page. */
export type Seen = { dom: number; frame: number; settled: number }

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE_SCRIPT })
}

/** Starts watching for `testJs` (a JavaScript expression evaluated in the page) to become true. */
export async function watch(page: Page, id: string, testJs: string, quietMs = 0): Promise<void> {
  await page.evaluate(`window.__bench.watch(${JSON.stringify(id)}, () => (${testJs}), ${quietMs})`)
}

/**
 * Waits until `testJs` holds, polling every 10 ms (page.waitForFunction would need eval, which
 * the app's Content Security Policy forbids).
 */
export async function until(page: Page, testJs: string): Promise<void> {
  await page.evaluate(`window.__bench.until(() => (${testJs}))`)
}

export function seen(page: Page, id: string): Promise<Seen> {
  return page.evaluate(`window.__bench.result(${JSON.stringify(id)})`) as Promise<Seen>
}

/** The timeStamp of the last event of that type the page received (capture phase, on window). */
export function lastEventAt(page: Page, type: 'keydown' | 'click' | 'change'): Promise<number> {
  return page.evaluate(`window.__bench.events[${JSON.stringify(type)}] ?? NaN`) as Promise<number>
}

export function now(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>
}

export function countText(page: Page): Promise<string> {
  return page.evaluate('window.__bench.countText()') as Promise<string>
}

export function dataRowCount(page: Page): Promise<number> {
  return page.evaluate('window.__bench.dataRows()') as Promise<number>
}

/** JavaScript: the count text differs from `before`. */
export function countChangedFrom(before: string): string {
  return `window.__bench.countText() !== ${JSON.stringify(before)}`
}

/** JavaScript: the row with this 0-based index is in the DOM. */
export function rowRendered(index: number): string {
  return `document.querySelector('[role="rowgroup"] [role="row"][data-index="${index}"]') !== null`
}

/**
 * Sets the search field to `query` in one input event (as a paste would) and measures until the
 * count text changes. The clock starts in the page right before the event is dispatched.
 */
export async function searchOnce(page: Page, query: string): Promise<Seen & { start: number }> {
  const before = await countText(page)
  await watch(page, 'search', countChangedFrom(before))
  const start = (await page.evaluate(
    `(() => { const t = performance.now(); window.__bench.setSearch(${JSON.stringify(query)}); return t })()`,
  )) as number
  return { start, ...(await seen(page, 'search')) }
}

/** The JS heap Chromium reports for the page (non-standard performance.memory), in MiB. */
export async function heapMiB(page: Page): Promise<number> {
  const bytes = (await page.evaluate('performance.memory?.usedJSHeapSize ?? NaN')) as number
  return bytes / 1024 / 1024
}

/** Since the document started: app shell, first list row in the DOM, the task after its frame. */
export function firstSeen(
  page: Page,
): Promise<{ nav?: number; row?: number; interactive?: number }> {
  return page.evaluate('({ ...window.__bench.firstSeen })') as Promise<{
    nav?: number
    row?: number
    interactive?: number
  }>
}

/** Per key since the last call: keydown until the frame after its handlers (as INP counts it). */
export function takeKeyLatencies(page: Page): Promise<number[]> {
  return page.evaluate('window.__bench.keyLatencies.splice(0)') as Promise<number[]>
}
