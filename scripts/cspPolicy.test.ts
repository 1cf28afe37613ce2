import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cspMetaContents, cspProblems, parseCsp } from './cspPolicy'

const GOOD =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'"

function page(
  policy: string,
  body = '<script type="module" src="./assets/index.js"></script>',
): string {
  return `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}" />${body}</head></html>`
}

describe('parseCsp', () => {
  it('splits directives and keeps the first of a repeated one, as browsers do', () => {
    const parsed = parseCsp("default-src 'self';  img-src data: blob: ; default-src *")
    expect(parsed.get('default-src')).toEqual(["'self'"])
    expect(parsed.get('img-src')).toEqual(['data:', 'blob:'])
  })
})

describe('cspMetaContents', () => {
  it('finds the policy whatever the quoting and attribute order', () => {
    expect(
      cspMetaContents(`<meta content='a' http-equiv=Content-Security-Policy><meta charset="x">`),
    ).toEqual(['a'])
  })
})

describe('cspProblems', () => {
  it('accepts the required policy', () => {
    expect(cspProblems(page(GOOD))).toEqual([])
  })

  it('accepts the source page of the app, which the build copies', () => {
    const source = readFileSync(join(import.meta.dirname, '../src/renderer/index.html'), 'utf8')
    // The source loads main.tsx; that it is a module script with a src is what matters here.
    expect(cspProblems(source)).toEqual([])
  })

  it('fails a page without a policy, or with two', () => {
    expect(cspProblems('<html><head></head></html>')).toEqual([
      'index.html has no Content-Security-Policy meta tag',
    ])
    expect(
      cspProblems(page(GOOD, `<meta http-equiv="Content-Security-Policy" content="x">`)),
    ).toEqual(['index.html has 2 Content-Security-Policy meta tags; keep exactly one'])
  })

  it('names each directive that is missing or looser than required', () => {
    expect(
      cspProblems(
        page("default-src 'self' https:; connect-src *; object-src 'self'; script-src 'self'"),
      ),
    ).toEqual([
      `default-src is "'self' https:" (want exactly 'self')`,
      `connect-src is "*" (want exactly 'self')`,
      `object-src is "'self'" (want exactly 'none')`,
      "base-uri is missing (want 'none')",
    ])
  })

  it('refuses anything unsafe in script-src', () => {
    for (const source of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      'https://cdn.test',
      'data:',
      '*',
    ]) {
      const policy = GOOD.replace("script-src 'self'", `script-src 'self' ${source}`)
      expect(cspProblems(page(policy))).toEqual([
        `script-src allows ${source}: scripts must come from the app's own files only`,
      ])
    }
  })

  it('refuses inline scripts, scripts before the policy and anything from the network', () => {
    expect(cspProblems(page(GOOD, '<script>alert(1)</script>'))).toEqual([
      'index.html holds an inline script, which the policy would block',
    ])
    expect(
      cspProblems(
        `<html><head><script src="./a.js"></script><meta http-equiv="Content-Security-Policy" content="${GOOD}"></head></html>`,
      ),
    ).toEqual(['a script comes before the Content-Security-Policy meta tag, unprotected'])
    expect(
      cspProblems(page(GOOD, '<link rel="stylesheet" href="https://fonts.test/a.css">')),
    ).toEqual([
      'index.html loads https://fonts.test/a.css from the network; the app is offline by design',
    ])
  })
})
