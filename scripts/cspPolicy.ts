/**
 * The Content-Security-Policy the built page must carry, checked on the BUILT index.html (a
 * bundler or a plugin could rewrite or drop the meta tag of the source). Pure functions, so the
 * rules are unit-tested; scripts/check-csp.ts applies them to out/renderer after the build.
 */

export type CspDirectives = Map<string, string[]>

/** Every CSP meta tag's content in the page; more than one would be combined by the browser. */
export function cspMetaContents(html: string): string[] {
  const contents: string[] = []
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0]
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag)
    contents.push(content?.[1] ?? content?.[2] ?? '')
  }
  return contents
}

/** `default-src 'self'; img-src data:` → { default-src: ['self'], img-src: ['data:'] }. */
export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = new Map()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !directives.has(name.toLowerCase())) {
      directives.set(name.toLowerCase(), values)
    }
  }
  return directives
}

/** What a directive must be exactly: one source, nothing more. */
const EXACT: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
]

/** Sources that let script run from somewhere other than the app's own files. */
const UNSAFE_SCRIPT_SOURCE =
  /^('unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|'strict-dynamic'|\*|data:|blob:|filesystem:|https?:|https?:\/\/.*|'nonce-.*'|'sha\d+-.*')$/i

/** One line per broken rule, saying which directive and why; empty when the page is right. */
export function cspProblems(html: string): string[] {
  const metas = cspMetaContents(html)
  if (metas.length === 0) return ['index.html has no Content-Security-Policy meta tag']
  if (metas.length > 1) {
    return [`index.html has ${metas.length} Content-Security-Policy meta tags; keep exactly one`]
  }
  const problems: string[] = []
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? ''
  const beforeMeta = head.slice(0, head.search(/<meta\b[^>]*content-security-policy/i))
  if (/<script\b/i.test(beforeMeta)) {
    problems.push('a script comes before the Content-Security-Policy meta tag, unprotected')
  }
  const policy = parseCsp(metas[0] ?? '')
  for (const [name, wanted] of EXACT) {
    const values = policy.get(name)
    if (!values) problems.push(`${name} is missing (want ${wanted})`)
    else if (values.length !== 1 || values[0] !== wanted) {
      problems.push(`${name} is "${values.join(' ')}" (want exactly ${wanted})`)
    }
  }
  // Without script-src, default-src governs scripts; it was checked above.
  for (const source of policy.get('script-src') ?? []) {
    if (UNSAFE_SCRIPT_SOURCE.test(source)) {
      problems.push(`script-src allows ${source}: scripts must come from the app's own files only`)
    }
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(match[1] ?? '') && (match[2] ?? '').trim() !== '') {
      problems.push('index.html holds an inline script, which the policy would block')
    }
  }
  for (const match of html.matchAll(/\b(?:src|href)\s*=\s*["']((?:https?:)?\/\/[^"']+)["']/gi)) {
    problems.push(`index.html loads ${match[1]} from the network; the app is offline by design`)
  }
  return problems
}
