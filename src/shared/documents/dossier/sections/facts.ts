import { factLines, fixedTable, heading, note, para, type Block } from '../../blocks'
import { tookOrTakesPlace, type DossierContext } from '../dossierContext'
import type { DossierVisit } from '../dossierData'
import { STYLE } from '../../styles'
import { suspendedNote } from './cover'

type YearRow = { year: string; incoming: DossierVisit[]; outgoing: DossierVisit[] }

/** Visits that began before today and were not cancelled, one row per year, newest year first. */
export function historyByYear(visits: readonly DossierVisit[], today: string): YearRow[] {
  const years = new Map<string, YearRow>()
  for (const entry of visits) {
    const { visit } = entry
    if (!tookOrTakesPlace(visit) || visit.startDate >= today) continue
    const year = visit.startDate.slice(0, 4)
    const row = years.get(year) ?? { year, incoming: [], outgoing: [] }
    row[visit.direction].push(entry)
    years.set(year, row)
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year))
}

/** A language code as a name in the document's language ("ja" → "Japanisch"), else the code. */
function languageName(ctx: DossierContext, code: string): string {
  try {
    return new Intl.DisplayNames([ctx.lang], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The partnership's facts, and its earlier visits both ways summarised per year. */
export function factsSection(ctx: DossierContext): Block[] {
  const { t, lang, data } = ctx
  const { city } = data
  const years = Number(data.today.slice(0, 4)) - city.partnerSince
  const suspended = suspendedNote(ctx)
  const blocks: Block[] = [
    heading(t('doc.partnership.facts'), 1),
    ...factLines([
      { label: t('doc.partnership.country'), value: `${city.country[lang]} (${city.countryCode})` },
      {
        label: t('doc.partnership.partnerSince'),
        value:
          years > 0
            ? t('dossier.doc.facts.sinceYears', { year: city.partnerSince, count: years })
            : String(city.partnerSince),
      },
      { label: t('doc.partnership.status'), value: t(`enum.cityStatus.${city.status}`) },
      { label: t('dossier.doc.facts.timeZone'), value: city.timeZone },
      {
        label: t('doc.partnership.languages'),
        value: city.languages.map((code) => languageName(ctx, code)).join(', '),
      },
    ]),
  ]
  if (suspended) blocks.push(para(suspended, { run: { bold: true } }))
  if (city.notes.trim())
    blocks.push(...factLines([{ label: t('doc.partnership.notes'), value: city.notes }]))

  blocks.push(heading(t('dossier.doc.facts.history'), 2))
  const rows = historyByYear(data.visits, data.today)
  if (rows.length === 0) {
    blocks.push(note(t('doc.partnership.noEarlier')))
    return blocks
  }
  // A summary: how often each way, and which programmes the year's visits served; every visit
  // itself stands in the table of all visits.
  const programmes = (row: YearRow): string => {
    const titles = [...row.incoming, ...row.outgoing].flatMap((e) =>
      e.programme ? [e.programme.title] : [],
    )
    return titles.length > 0 ? [...new Set(titles)].join('\n') : '–'
  }
  blocks.push(
    fixedTable(
      ctx.page,
      [
        t('dossier.doc.col.year'),
        t('dossier.doc.facts.incoming', { city: ctx.cityName, home: data.settings.homeCityName }),
        t('dossier.doc.facts.outgoing', { city: ctx.cityName }),
        t('dossier.doc.facts.programmes'),
      ],
      rows.map((row) => [
        row.year,
        String(row.incoming.length),
        String(row.outgoing.length),
        programmes(row),
      ]),
      [12, 24, 20, 44],
    ),
    // Spaced off the table, which it would otherwise touch.
    para(t('dossier.doc.facts.seeVisits'), { style: STYLE.small, spacing: { before: 80 } }),
  )
  return blocks
}
