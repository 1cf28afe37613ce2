// Checks the Content-Security-Policy of the BUILT page (out/renderer/index.html): default-src and
// connect-src 'self', nothing unsafe in script-src, object-src and base-uri 'none'. `npm test`
// runs it right after the build, next to check-bundle.
//
//   npx tsx scripts/check-csp.ts [renderer folder, default out/renderer]
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cspProblems } from './cspPolicy'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const page = join(resolve(process.argv[2] ?? join(root, 'out/renderer')), 'index.html')
if (!existsSync(page)) {
  console.error(`check-csp: ${page} does not exist; run the build (npm run build) first.`)
  process.exit(1)
}
const problems = cspProblems(readFileSync(page, 'utf8'))
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-csp: ${page}: ${problem}`)
  console.error('check-csp: fix the meta tag in src/renderer/index.html (see SECURITY.md).')
  process.exit(1)
}
console.log(`check-csp: ${page} carries the required Content-Security-Policy.`)
