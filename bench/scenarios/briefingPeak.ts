// B4 as the app's worker does it, with only the visit's rows in memory: a fresh process builds a
// small office and cuts the full briefing from it, warms up, then builds and packs it once per
// "run" line on stdin, answering "ms=…" each time; "end" prints its peak resident memory and
// ends it. Driven by briefingScenario.ts, which alternates these runs with soffice's.
import { createInterface } from 'node:readline'
import { resourceUsage } from 'node:process'
import { buildBriefing } from '../../src/shared/documents/buildBriefing'
import { loadBriefingData } from '../../src/shared/documents/briefingData'
import { packDocx } from '../../src/shared/documents/packDocx'
import { buildLargeDataset, LARGE_DEFAULTS } from '../largeDataset'
import { briefingCase } from './briefingCase'

async function main(): Promise<void> {
  const { tables, visitId } = briefingCase(buildLargeDataset({ contacts: 1000, visits: 20 }))
  const once = async (): Promise<number> => {
    const start = performance.now()
    const data = loadBriefingData(tables, visitId, LARGE_DEFAULTS.now)
    await packDocx(buildBriefing(data, { lang: 'de', variant: 'full' }))
    return performance.now() - start
  }
  // The first run warms up (JIT, fonts of the styles) and is not reported.
  await once()
  console.log('ready')
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'run') console.log(`ms=${await once()}`)
    if (line === 'end') break
  }
  // maxRSS is in kilobytes.
  console.log(`peakMiB=${(resourceUsage().maxRSS / 1024).toFixed(1)}`)
}

void main()
