// Times the partner-city dossier of the busiest city in the large data set: reading its rows,
// building the document and packing the DOCX, as the app's worker and the command line do.
// Pure code on Node, no browser. Target: under 1 s in all.
// Run: npx tsx bench/dossier.bench.ts [--visits 300] [--runs 5]
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Packer } from 'docx'
import { buildDossier } from '../src/shared/documents/dossier/buildDossier'
import { loadDossierData } from '../src/shared/documents/dossier/dossierData'
import { formatMs, measurementTable, type Measurement } from './benchStats'
import { buildLargeDataset, LARGE_DEFAULTS } from './largeDataset'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      visits: { type: 'string', default: String(LARGE_DEFAULTS.visits) },
      runs: { type: 'string', default: '5' },
    },
  })
  const tables = buildLargeDataset({ visits: Number(values.visits) })
  const visitsOf = (cityId: string): number =>
    tables.visits.filter((v) => v.cityId === cityId).length
  const [busiest] = [...tables.partnerCities].sort((a, b) => visitsOf(b.id) - visitsOf(a.id))
  if (!busiest) throw new Error('the large data set has no partner cities')
  const now = LARGE_DEFAULTS.now

  const load: number[] = []
  const build: number[] = []
  const pack: number[] = []
  const total: number[] = []
  const cpu: number[] = []
  let size = 0
  let shape = ''
  for (let run = 0; run < Number(values.runs); run++) {
    const cpuStart = process.cpuUsage()
    const t0 = performance.now()
    const data = loadDossierData(tables, busiest.id, now)
    const t1 = performance.now()
    const document = buildDossier(data, { lang: 'de' })
    const t2 = performance.now()
    const bytes = await Packer.toArrayBuffer(document)
    const t3 = performance.now()
    const used = process.cpuUsage(cpuStart)
    load.push(t1 - t0)
    build.push(t2 - t1)
    pack.push(t3 - t2)
    total.push(t3 - t0)
    cpu.push((used.user + used.system) / 1000)
    size = bytes.byteLength
    shape =
      `${data.visits.length} visits, ${data.contacts.length} contacts, ` +
      `${data.organizations.length} organizations, ${data.programmes.length} programmes`
  }
  console.log(
    `${busiest.name.en}: ${shape}, of ${tables.visits.length} visits and ` +
      `${tables.contacts.length} contacts in all; DOCX ${Math.round(size / 1024)} KB`,
  )
  const measurements: Measurement[] = [
    {
      name: 'loadDossierData (all tables → the city’s dossier data)',
      includes: 'filtering and sorting the rows, precedence order of the city’s contacts',
      samples: load,
    },
    {
      name: 'buildDossier (data → docx Document)',
      includes: 'every section, tables and runs, sanitizing every string',
      samples: build,
    },
    {
      name: 'Packer.toArrayBuffer (Document → DOCX bytes)',
      includes: 'writing the XML parts and zipping them',
      samples: pack,
    },
    {
      name: 'the whole dossier (target: under 1,000 ms)',
      includes: 'the three steps above; the app’s worker adds the structured clone of its rows',
      samples: total,
    },
  ]
  console.log(measurementTable(measurements))
  console.log(`CPU time of this process per run (ms): ${cpu.map(formatMs).join(' / ')}`)
  console.log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  )
}

void main()
