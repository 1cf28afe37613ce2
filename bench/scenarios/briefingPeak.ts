// B4 as the app's worker does it, with only the visit's rows in memory: a fresh process builds a
// small office, cuts the full briefing from it, builds and packs it (warm-up, then N runs) and
// prints the times and its peak resident memory. Started by briefingScenario.ts.
import { resourceUsage } from 'node:process'
import { buildBriefing } from '../../src/shared/documents/buildBriefing'
import { loadBriefingData } from '../../src/shared/documents/briefingData'
import { packDocx } from '../../src/shared/documents/packDocx'
import { buildLargeDataset, LARGE_DEFAULTS } from '../largeDataset'
import { briefingCase } from './briefingCase'

async function main(): Promise<void> {
  const { tables, visitId } = briefingCase(buildLargeDataset({ contacts: 1000, visits: 20 }))
  const runs = Number(process.argv[2] ?? 5)
  const samples: number[] = []
  // The first run warms up (JIT, fonts of the styles); the rest are measured.
  for (let i = 0; i <= runs; i++) {
    const start = performance.now()
    const data = loadBriefingData(tables, visitId, LARGE_DEFAULTS.now)
    await packDocx(buildBriefing(data, { lang: 'de', variant: 'full' }))
    if (i > 0) samples.push(performance.now() - start)
  }
  // maxRSS is in kilobytes.
  console.log(`peakMiB=${(resourceUsage().maxRSS / 1024).toFixed(1)}`)
  console.log(`samples=${JSON.stringify(samples)}`)
}

void main()
