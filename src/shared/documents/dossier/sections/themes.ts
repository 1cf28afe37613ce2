import { Paragraph } from 'docx'
import { fixedTable, heading, note, type Block } from '../../blocks'
import { themeName, tookOrTakesPlace, type DossierContext } from '../dossierContext'
import type { DossierVisit } from '../dossierData'

/** At most this many themes side by side; more go into a further table below. */
export const THEMES_PER_TABLE = 6

export type ThemeCoverage = {
  years: string[]
  themes: string[]
  /** Visits per year and theme, keyed `${year}|${theme}`. */
  counts: Map<string, number>
}

/**
 * How often each theme was on a visit's agenda, per year of the visit's start (cancelled visits
 * left out). Years newest first; themes most frequent first, then by their key.
 */
export function themeCoverage(visits: readonly DossierVisit[]): ThemeCoverage {
  const counts = new Map<string, number>()
  const totals = new Map<string, number>()
  const years = new Set<string>()
  for (const { visit } of visits) {
    if (!tookOrTakesPlace(visit)) continue
    const year = visit.startDate.slice(0, 4)
    years.add(year)
    for (const theme of new Set(visit.themes)) {
      const key = `${year}|${theme}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
      totals.set(theme, (totals.get(theme) ?? 0) + 1)
    }
  }
  const themes = [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b),
  )
  return { years: [...years].sort((a, b) => b.localeCompare(a)), themes, counts }
}

/** Years × themes: how many visits of each year served each theme. */
export function themesSection(ctx: DossierContext): Block[] {
  const { t } = ctx
  const coverage = themeCoverage(ctx.data.visits)
  const blocks: Block[] = [heading(t('dossier.doc.section.themes'), 1)]
  if (coverage.themes.length === 0) {
    blocks.push(note(t('dossier.doc.themes.none')))
    return blocks
  }
  blocks.push(note(t('dossier.doc.themes.explain')))
  for (let at = 0; at < coverage.themes.length; at += THEMES_PER_TABLE) {
    const themes = coverage.themes.slice(at, at + THEMES_PER_TABLE)
    // Two tables back to back would merge into one in Word.
    if (at > 0) blocks.push(new Paragraph({}))
    blocks.push(
      fixedTable(
        ctx.page,
        [t('dossier.doc.col.year'), ...themes.map((theme) => themeName(ctx, theme))],
        coverage.years.map((year) => [
          year,
          ...themes.map((theme) => String(coverage.counts.get(`${year}|${theme}`) ?? '–')),
        ]),
        [16, ...themes.map(() => 84 / THEMES_PER_TABLE)],
      ),
    )
  }
  return blocks
}
