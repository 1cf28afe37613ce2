/**
 * What the LibreOffice tests ask of a printed PDF, shared by the briefing, dossier, report and
 * seating tests. The poppler tools are passed in: shared code cannot start processes itself.
 */
export type RunTool = (cmd: string, args: string[]) => string

export function pdfPageCount(run: RunTool, pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1])
}

/** The page's non-empty lines with invisible break hints removed, minus those `skip` names. */
export function pageLines(
  run: RunTool,
  pdf: string,
  page: number,
  skip: (line: string) => boolean,
): string[] {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'])
    .split('\n')
    .map((l) => l.replaceAll('\u200B', '').trim())
    .filter((l) => l !== '' && !skip(l))
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()

export type HeadingAtPageEnd = { page: number; last: string }

/**
 * The first page whose last lines are one of `headings` (a heading must keep with what follows),
 * or null. A heading may wrap onto up to `depth` lines; with -layout it shares them with nothing.
 */
export function headingAtPageEnd(
  run: RunTool,
  pdf: string,
  pages: number,
  headings: readonly string[],
  skip: (line: string) => boolean,
  depth = 3,
): HeadingAtPageEnd | null {
  const wanted = new Set(headings.map(squash))
  for (let page = 1; page <= pages; page++) {
    const lines = pageLines(run, pdf, page, skip)
    for (let k = 1; k <= depth; k++) {
      if (wanted.has(squash(lines.slice(-k).join(' ')))) return { page, last: lines.at(-1) ?? '' }
    }
  }
  return null
}
