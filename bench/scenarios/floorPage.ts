import { openSession } from './browserSession'

/**
 * Runs `script` as a bare page of its own on the app's origin — served by Playwright's route, so
 * it sees the app's database — in a fresh Chromium on `profile`, and returns what the page's
 * `window.__floor` promise resolves to. No code of the app is loaded: what the floors of B2 and
 * B5-export measure. The script may use `req(request)`, an IDBRequest as a promise.
 */
export async function runFloorPage<T>(
  url: string,
  profile: string,
  name: string,
  script: string,
): Promise<T> {
  const page = `<!doctype html><script>
const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error) })
window.__floor = (async () => {
${script}
})()
</script>`
  const session = await openSession(profile)
  try {
    const address = `${url}/${name}.html`
    await session.context.route(address, (r) => r.fulfill({ body: page, contentType: 'text/html' }))
    await session.page.goto(address)
    return (await session.page.evaluate('window.__floor')) as T
  } finally {
    await session.close()
  }
}
