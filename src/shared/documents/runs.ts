import { Tab, TextRun, type IRunOptions } from 'docx'
import { directionalSegments, hasRightToLeft, sanitize } from './sanitize'

/** Formatting a run may carry; the text itself always comes through `textRuns`. */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>

/**
 * Runs for one string: sanitized, each "\n" a line break and each tab a tab (not collapsed into
 * a space), right-to-left pieces marked as right-to-left runs.
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = []
  sanitize(text)
    .split('\n')
    .forEach((line, lineIndex) => {
      let first = true
      const pieces = hasRightToLeft(line) ? directionalSegments(line) : [{ text: line, rtl: false }]
      for (const piece of pieces) {
        const children = piece.text
          .split('\t')
          .flatMap((part, i): (string | Tab)[] => (i === 0 ? [part] : [new Tab(), part]))
          .filter((part) => part !== '')
        runs.push(
          new TextRun({
            ...style,
            ...(piece.rtl ? { rightToLeft: true } : {}),
            ...(first && lineIndex > 0 ? { break: 1 } : {}),
            children,
          }),
        )
        first = false
      }
      // An empty line still needs a run to carry its line break.
      if (pieces.length === 0 && lineIndex > 0) runs.push(new TextRun({ ...style, break: 1 }))
    })
  return runs
}

/** True when a paragraph's first strong letter is right-to-left, so the paragraph reads that way. */
export function startsRightToLeft(text: string): boolean {
  const firstStrong = /\p{L}/u.exec(text)
  return firstStrong ? hasRightToLeft(firstStrong[0]) : false
}
