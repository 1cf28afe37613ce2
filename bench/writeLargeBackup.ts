// Writes the large synthetic data set as a real backup file, the one the contacts benchmark
// imports. Run: npx tsx bench/writeLargeBackup.ts [--contacts 20000] [--out bench/out/large-backup.json]
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createBackup, parseBackup, serializeBackup, summarizeCounts } from '../src/shared/backup'
import { DEFAULT_BACKUP_PATH } from './benchPaths'
import { buildLargeDataset, LARGE_DEFAULTS } from './largeDataset'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      contacts: { type: 'string', default: String(LARGE_DEFAULTS.contacts) },
      visits: { type: 'string', default: String(LARGE_DEFAULTS.visits) },
      seed: { type: 'string', default: String(LARGE_DEFAULTS.seed) },
      out: { type: 'string', default: DEFAULT_BACKUP_PATH },
    },
  })
  const contacts = wholeNumber(values.contacts, '--contacts')
  const visits = wholeNumber(values.visits, '--visits')
  const seed = wholeNumber(values.seed, '--seed')
  const out = resolve(values.out)
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }

  const t0 = performance.now()
  const tables = buildLargeDataset({ contacts, visits, seed })
  const t1 = performance.now()
  const file = await createBackup(tables, { appVersion: pkg.version, now: new Date() })
  const text = serializeBackup(file)
  const t2 = performance.now()
  // The file must be one the app accepts; parseBackup is the import's own check.
  const parsed = await parseBackup(text, { language: 'en' })
  const t3 = performance.now()
  if (!parsed.ok) {
    for (const error of parsed.errors.slice(0, 10)) console.error(error.message)
    throw new Error(`The generated backup is not valid (${parsed.errors.length} problems).`)
  }
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, text, 'utf8')

  const bytes = Buffer.byteLength(text, 'utf8')
  console.log(`Wrote ${out}`)
  console.log(`  size: ${(bytes / 1024 / 1024).toFixed(1)} MiB (${bytes} bytes)`)
  for (const [table, n] of Object.entries(summarizeCounts(tables))) {
    console.log(`  ${table.padEnd(15)} ${String(n).padStart(6)}`)
  }
  console.log(
    `  generate ${ms(t1 - t0)}, createBackup + serialize ${ms(t2 - t1)}, ` +
      `parseBackup (Node ${process.versions.node}) ${ms(t3 - t2)}`,
  )
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${flag} must be a whole number, not "${value}"`)
  return n
}

function ms(value: number): string {
  return `${Math.round(value)} ms`
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
