import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { buildBriefing } from '../../src/shared/documents/buildBriefing'
import { loadBriefingData } from '../../src/shared/documents/briefingData'
import { packDocx } from '../../src/shared/documents/packDocx'
import { judged } from '../benchResults'
import { summarize } from '../benchStats'
import { briefingCase, BRIEFING_CASE } from './briefingCase'
import { briefingHtml } from './briefingHtml'
import type { ScenarioModule } from './scenario'

const run = promisify(execFile)

/** B4's alternative: one soffice process converting the same content as HTML, start included. */
async function sofficeDocx(dir: string, html: string, n: number): Promise<number> {
  const input = join(dir, `briefing-${n}.html`)
  await writeFile(input, html, 'utf8')
  const start = performance.now()
  await run('soffice', [
    `-env:UserInstallation=file://${dir}/lo`,
    '--headless',
    '--convert-to',
    'docx:MS Word 2007 XML',
    '--outdir',
    dir,
    input,
  ])
  const elapsed = performance.now() - start
  // soffice exits 0 even when it converted nothing: only a written file counts.
  if (!(await readdir(dir)).includes(`briefing-${n}.docx`)) throw new Error('soffice wrote no DOCX')
  return elapsed
}

/** A fresh Node process holding a small office that builds the briefing on request (briefingPeak.ts). */
interface FreshBuilder {
  build(): Promise<number>
  /** Ends the process; its peak resident memory over all its runs, MiB. */
  end(): Promise<number>
}

async function freshBuilder(): Promise<FreshBuilder> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/scenarios/briefingPeak.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (): Promise<string> => {
    const line = await lines.next()
    if (line.done) throw new Error(`briefingPeak ended (exit code ${String(child.exitCode)})`)
    return line.value
  }
  const ready = await next()
  if (ready !== 'ready') throw new Error(`briefingPeak said "${ready}" instead of ready`)
  return {
    async build() {
      child.stdin.write('run\n')
      const ms = Number(/^ms=(.+)$/.exec(await next())?.[1])
      if (!Number.isFinite(ms)) throw new Error('briefingPeak printed no time')
      return ms
    },
    async end() {
      child.stdin.end('end\n')
      const peak = Number(/^peakMiB=(.+)$/.exec(await next())?.[1])
      if (!Number.isFinite(peak)) throw new Error('briefingPeak printed no peak')
      return peak
    },
  }
}

/** B4: the full briefing built and packed in Node, interleaved with soffice's HTML → DOCX. */
export const briefingScenario: ScenarioModule = {
  ids: ['B4', 'B4-soffice', 'B4-memory'],
  async run({ tables, now, runs, log }) {
    const { tables: caseTables, visitId } = briefingCase(tables)
    const data = loadBriefingData(caseTables, visitId, now)
    const html = briefingHtml(data)
    const dir = await mkdtemp(join(tmpdir(), 'bench-b4-'))
    const app: number[] = []
    const fresh: number[] = []
    const alternative: number[] = []
    let bytes = 0
    const builder = await freshBuilder()
    let peak: number
    try {
      const once = async (): Promise<number> => {
        const start = performance.now()
        const file = await packDocx(
          buildBriefing(loadBriefingData(caseTables, visitId, now), {
            lang: 'de',
            variant: 'full',
          }),
        )
        bytes = file.byteLength
        return performance.now() - start
      }
      await once()
      await sofficeDocx(dir, html, 0)
      // Three clocks in turn, so that a busy moment of the shared machine hits all of them.
      for (let i = 1; i <= runs; i++) {
        app.push(await once())
        fresh.push(await builder.build())
        alternative.push(await sofficeDocx(dir, html, i))
      }
    } finally {
      peak = await builder.end()
      await rm(dir, { recursive: true, force: true })
    }
    const shape = `${BRIEFING_CASE.days} days, ${data.agendaItems.length} items, ${data.participants.length} biographies with photos`
    log(
      `B4: ${shape}; DOCX ${Math.round(bytes / 1024)} KB; soffice input ${Math.round(html.length / 1024)} KB HTML`,
    )
    const appMedian = summarize(app).median
    const freshMedian = summarize(fresh).median
    const sofficeMedian = summarize(alternative).median
    return [
      judged(
        {
          id: 'B4',
          name: 'full briefing built and packed in Node',
          unit: 'ms',
          target: 150,
          targetRule: 'under',
        },
        {
          value: freshMedian,
          runs: fresh.length,
          note:
            `${shape}; loadBriefingData + buildBriefing + packDocx (docx's compiler, photos stored in the zip), warm runs, in a fresh process ` +
            `holding a small office (the app's worker holds only the visit's rows); in the runner, ` +
            `with the whole large office on the heap, the same took ${Math.round(appMedian)} ms`,
        },
      ),
      judged(
        {
          id: 'B4-soffice',
          name: 'full briefing vs soffice HTML → DOCX',
          unit: 'ms',
          target: 5,
          targetRule: 'ratioAtLeast',
        },
        {
          value: freshMedian,
          floor: sofficeMedian,
          runs,
          note:
            "the build of B4 (a process holding only the visit, as the app's worker) against soffice " +
            '--headless --convert-to docx of the same content as HTML, process start included, ' +
            `interleaved run by run; the runner’s own build, with the large office on its heap, ` +
            `took ${Math.round(appMedian)} ms (${(sofficeMedian / appMedian).toFixed(2)}×)`,
        },
      ),
      judged(
        {
          id: 'B4-memory',
          name: 'full briefing, peak memory',
          unit: 'MiB',
          target: 300,
          targetRule: 'under',
        },
        {
          value: peak,
          runs: 1,
          note: 'maxRSS of that fresh Node process (Node, tsx, a 1,000-contact office), all its runs',
        },
      ),
    ]
  },
}
