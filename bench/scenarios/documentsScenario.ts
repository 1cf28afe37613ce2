import { Packer } from 'docx'
import { buildDossier } from '../../src/shared/documents/dossier/buildDossier'
import { loadDossierData } from '../../src/shared/documents/dossier/dossierData'
import { buildStrategyReport } from '../../src/shared/documents/report/buildStrategyReport'
import { loadStrategyReportData } from '../../src/shared/documents/report/strategyReportData'
import { buildPlaceCards, type SeatingDocData } from '../../src/shared/documents/seating'
import type { DatasetTables } from '../../src/shared/model/tables'
import { judged } from '../benchResults'
import { summarize } from '../benchStats'
import { timed, type ScenarioModule } from './scenario'

/** 200 guests at ten round tables of twenty, half hosts, half guests, in order of honour. */
export function banquetOf(tables: DatasetTables, guests: number): SeatingDocData {
  const visit = tables.visits[0]
  const item = tables.agendaItems.find((i) => i.visitId === visit?.id)
  if (!visit || !item) throw new Error('the large office has no visit with items')
  const perTable = 20
  const docTables = Array.from({ length: Math.ceil(guests / perTable) }, (_, t) => ({
    label: `Tisch ${t + 1}`,
    shape: 'round' as const,
    seats: perTable,
    people: tables.contacts
      .slice(t * perTable, Math.min(guests, (t + 1) * perTable))
      .map((contact, seat) => ({
        contact,
        organization: '',
        side: seat % 2 === 0 ? ('host' as const) : ('guest' as const),
        tableLabel: `Tisch ${t + 1}`,
        tableIndex: t,
        seat,
        behind: false,
        honour: seat,
      })),
  }))
  return {
    officeName: tables.settings[0]?.officeName ?? '',
    classification: 'internal',
    visit,
    item,
    plan: {
      id: item.id,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      visitId: visit.id,
      agendaItemId: item.id,
      tables: [],
      assignments: [],
      interpreterPlacement: 'behind',
      kitchenTold: [],
      kitchenToldAt: null,
    },
    tables: docTables,
  }
}

/** B8: the three heavy documents, each loaded from all tables, built and packed in Node. */
export const documentsScenario: ScenarioModule = {
  ids: ['B8-dossier', 'B8-report', 'B8-cards'],
  async run({ tables, now, runs, log }) {
    const visitsOf = new Map<string, number>()
    for (const v of tables.visits) visitsOf.set(v.cityId, (visitsOf.get(v.cityId) ?? 0) + 1)
    const [busiest] = [...tables.partnerCities].sort(
      (a, b) => (visitsOf.get(b.id) ?? 0) - (visitsOf.get(a.id) ?? 0),
    )
    if (!busiest) throw new Error('no partner cities')
    const year = now.getUTCFullYear() - 1
    let sizes = { dossier: 0, report: 0, cards: 0 }
    const dossier = await timed(runs, async () => {
      const doc = buildDossier(loadDossierData(tables, busiest.id, now), { lang: 'de' })
      sizes = { ...sizes, dossier: (await Packer.toArrayBuffer(doc)).byteLength }
    })
    const report = await timed(runs, async () => {
      const doc = buildStrategyReport(loadStrategyReportData(tables, year, now), {
        lang: 'de',
        now,
      })
      sizes = { ...sizes, report: (await Packer.toArrayBuffer(doc)).byteLength }
    })
    const banquet = banquetOf(tables, 200)
    const cards = await timed(runs, async () => {
      sizes = {
        ...sizes,
        cards: (await Packer.toArrayBuffer(buildPlaceCards(banquet, { lang: 'de' }))).byteLength,
      }
    })
    const kb = (n: number): string => `${Math.round(n / 1024)} KB`
    log(
      `B8: dossier ${kb(sizes.dossier)}, report ${kb(sizes.report)}, place cards ${kb(sizes.cards)}`,
    )
    const spec = (id: string, name: string) => ({
      id,
      name,
      unit: 'ms',
      target: 1000,
      targetRule: 'under' as const,
    })
    return [
      judged(
        spec(
          'B8-dossier',
          `dossier of the busiest city (${busiest.name.en}, ${visitsOf.get(busiest.id)} visits)`,
        ),
        {
          value: summarize(dossier).median,
          runs,
          note: 'loadDossierData from all tables, buildDossier, Packer.toArrayBuffer',
        },
      ),
      judged(spec('B8-report', `strategy report of ${year}`), {
        value: summarize(report).median,
        runs,
        note: 'loadStrategyReportData, buildStrategyReport with its four rasterised charts, pack',
      }),
      judged(spec('B8-cards', 'place cards for 200 guests'), {
        value: summarize(cards).median,
        runs,
        note: 'buildPlaceCards of a 10-table banquet, pack',
      }),
    ]
  },
}
