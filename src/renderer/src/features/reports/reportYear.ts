/**
 * The year the Reports page shows: the one in the URL when it has data, else the current year
 * when it has data, else the latest year before it with data, else the newest. null: no data.
 * `years` come newest first, as the figures give them.
 */
export function chooseReportYear(
  years: readonly number[],
  fromUrl: string | null,
  currentYear: number,
): number | null {
  const asked = fromUrl !== null && /^\d{4}$/.test(fromUrl) ? Number(fromUrl) : null
  if (asked !== null && years.includes(asked)) return asked
  if (years.includes(currentYear)) return currentYear
  return years.find((y) => y < currentYear) ?? years[0] ?? null
}

/** "Strategiebericht-2026-de.docx": the year and language in the name, no path characters. */
export function reportFileName(title: string, year: number, lang: string): string {
  const base = title.replace(/[\\/:*?"<>|]+/g, '').replace(/\s+/g, '-')
  return `${base}-${year}-${lang}.docx`
}
