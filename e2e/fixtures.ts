import { expect, test as base } from '@playwright/test'

/**
 * Every renderer test runs under a network guard: the app must never reach anything but the
 * loopback server that serves it. Requests are recorded on the whole browser context (pages,
 * workers) and checked when the test ends.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ context, baseURL }, use) => {
      const foreign: string[] = []
      const allowed = new URL(baseURL ?? 'http://127.0.0.1').origin
      context.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        const parsed = new URL(url)
        if (parsed.origin !== allowed || parsed.hostname !== '127.0.0.1') foreign.push(url)
      })
      await use()
      expect(foreign, 'requests that left 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
