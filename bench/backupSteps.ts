// B5's steps one by one in Node, on the large office: the old export (createBackup +
// serializeBackup) against the streamed writer, and the import's parse, checksum and validation.
// CPU time next to wall time, because the shared machine's wall clock mostly measures waiting.
// Run: npx tsx bench/backupSteps.ts [--contacts 20000]
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createBackup, serializeBackup } from '../src/shared/backup'
import { backupText, writeBackupTables } from '../src/shared/backup/backupWriter'
import { payloadChecksum, sha256Hex } from '../src/shared/backup/checksum'
import { validateTables } from '../src/shared/backup/validateTables'
import { buildLargeDataset, LARGE_DEFAULTS } from './largeDataset'

type Step = { step: string; wallMs: number; cpuMs: number }

async function timed<T>(steps: Step[], step: string, work: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = await work()
  const used = process.cpuUsage(cpu)
  steps.push({ step, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 })
  return result
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { contacts: { type: 'string', default: String(LARGE_DEFAULTS.contacts) } },
  })
  const tables = buildLargeDataset({ contacts: Number(values.contacts) })
  const options = { appVersion: '0.0.0', now: new Date('2026-12-02T12:00:00Z') }
  const steps: Step[] = []
  const old = await timed(steps, 'export before: createBackup + serializeBackup', async () =>
    serializeBackup(await createBackup(tables, options)),
  )
  const written = await timed(steps, 'export now: writer, pages of 2000', () =>
    writeBackupTables(tables, options, 2000),
  )
  if (backupText(written) !== old) throw new Error('the writer and serializeBackup differ')
  const data = await timed(
    steps,
    'import: JSON.parse',
    () => JSON.parse(old) as { payload: unknown },
  )
  await timed(steps, 'import checksum before: JSON.stringify + bytes + digest', async () =>
    sha256Hex(JSON.stringify(data.payload)),
  )
  await timed(steps, 'import checksum now: rows stringified into chunks + digest', () =>
    payloadChecksum(data.payload),
  )
  const raw = (data.payload as { tables: Parameters<typeof validateTables>[0] }).tables
  await timed(steps, 'import: validate every row (zod)', () => validateTables(raw, 'en'))
  console.log(`file ${(written.byteLength / 1024 / 1024).toFixed(1)} MiB`)
  for (const s of steps) {
    console.log(
      `${s.step.padEnd(62)} ${s.wallMs.toFixed(0).padStart(7)} ms wall ${s.cpuMs.toFixed(0).padStart(7)} ms CPU`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
