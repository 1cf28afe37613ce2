// Runs Electronegativity over src/ with its online parts off and fails on any finding that
// SECURITY.md does not accept (scripts/electronegativityFindings.ts), or on an accepted one that
// no longer occurs. `npm test` runs it after the lint.
//
//   npx tsx scripts/check-electronegativity.ts
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareFindings } from './electronegativityFindings'
import type { Finding } from './electronegativityFindings'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

type Issue = { id: string; file: string; location: { line: number } }
type RunResult = { globalChecks: number; atomicChecks: number; errors: unknown[]; issues: Issue[] }
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>

// The scanner's own loader fetches translations from the network on every run; its English
// texts ship in the package, so its loader is replaced by one that only reads those.
const localesDir = dirname(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'))
// Its own copy of i18n, as the scanner resolves it (not hoisted to the top for certain).
const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity/dist/runner.js'))
const i18n = scannerRequire('i18n') as {
  configure(options: Record<string, unknown>): void
  setLocale(locale: string): void
}
i18n.configure({
  locales: ['en-US'],
  defaultLocale: 'en-US',
  directory: localesDir,
  updateFiles: false,
  objectNotation: true,
  register: globalThis,
})
i18n.setLocale('en-US')
const loaderPath = join(localesDir, 'i18n.js')
const offlineLoader = Object.assign(async () => undefined, { default: async () => undefined })
require.cache[loaderPath] = {
  id: loaderPath,
  filename: loaderPath,
  loaded: true,
  exports: offlineLoader,
} as NodeJS.Module

const electronVersion = (require('electron/package.json') as { version: string }).version
const run = require('@doyensec/electronegativity/dist/runner.js') as Runner
const result = await run(
  {
    input: join(root, 'src'),
    isRelative: true,
    // The one check that asks the network (for Electron's latest releases).
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    electronVersionOverride: electronVersion,
    parserPlugins: [],
    isVerbose: false,
  },
  false,
)
const findings: Finding[] = result.issues.map((issue) => ({
  id: issue.id,
  file: issue.file,
  line: issue.location.line,
}))
const { unaccepted, stale } = compareFindings(findings)
for (const f of unaccepted) {
  console.error(`electronegativity: ${f.id} in src/${f.file}:${f.line} is not accepted`)
}
for (const a of stale) {
  console.error(
    `electronegativity: ${a.id} in src/${a.file} no longer occurs; drop it from the list`,
  )
}
if (result.errors.length > 0) {
  console.error(`electronegativity: ${result.errors.length} file(s) could not be parsed`)
}
if (unaccepted.length > 0 || stale.length > 0 || result.errors.length > 0) {
  console.error('electronegativity: fix the code, or accept the finding with its reason in')
  console.error('scripts/electronegativityFindings.ts and SECURITY.md.')
  process.exit(1)
}
console.log(
  `electronegativity: ${result.atomicChecks + result.globalChecks} checks (Electron ` +
    `${electronVersion}), ${findings.length} finding(s), all accepted in SECURITY.md.`,
)
