// B4's memory: a fresh process builds a small office, cuts the full briefing from it, builds and
// packs it three times and prints its peak resident memory. Started by briefingScenario.ts.
import { resourceUsage } from 'node:process'
import { Packer } from 'docx'
import { buildBriefing } from '../../src/shared/documents/buildBriefing'
import { loadBriefingData } from '../../src/shared/documents/briefingData'
import { buildLargeDataset, LARGE_DEFAULTS } from '../largeDataset'
import { briefingCase } from './briefingCase'

async function main(): Promise<void> {
  const { tables, visitId } = briefingCase(buildLargeDataset({ contacts: 1000, visits: 20 }))
  for (let i = 0; i < 3; i++) {
    const data = loadBriefingData(tables, visitId, LARGE_DEFAULTS.now)
    await Packer.toArrayBuffer(buildBriefing(data, { lang: 'de', variant: 'full' }))
  }
  // maxRSS is in kilobytes.
  console.log(`peakMiB=${(resourceUsage().maxRSS / 1024).toFixed(1)}`)
}

void main()
