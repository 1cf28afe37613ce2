import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx'
import type { Classification } from '../model/common'
import type { BriefingContext } from './briefingContext'
import { para } from './blocks'
import { textRuns } from './runs'
import { STYLE } from './styles'

/** The header marking of a classification; public documents carry none. */
export function classificationMarking(
  ctx: Pick<BriefingContext, 't'>,
  classification: Classification,
): string | null {
  switch (classification) {
    case 'public':
      return null
    case 'internal':
    case 'confidential':
      return ctx.t(`doc.marking.${classification}`)
    default: {
      const never: never = classification
      return never
    }
  }
}

/** What the header and footer read of a context; the strategy report passes only these. */
export type PageContext = Pick<BriefingContext, 't' | 'page'>

export function briefingHeader(
  ctx: PageContext,
  classification: Classification,
  title: string,
): Header {
  const marking = classificationMarking(ctx, classification)
  const children: Paragraph[] = []
  if (marking) children.push(para(marking, { style: STYLE.marking }))
  if (ctx.page === 'A4') children.push(para(title, { style: STYLE.footer }))
  return new Header({ children: children.length > 0 ? children : [new Paragraph({})] })
}

/**
 * "Seite x von y" from the translated template: the placeholders become PAGE and NUMPAGES
 * fields, so the numbers are right on every page whatever the language puts around them.
 */
export function pageFooter(ctx: Pick<PageContext, 't'>, classification: Classification): Footer {
  const template = ctx.t('doc.footer')
  const runs: TextRun[] = []
  for (const part of template.split(/(\{\{page\}\}|\{\{pages\}\})/)) {
    if (part === '{{page}}') runs.push(new TextRun({ children: [PageNumber.CURRENT] }))
    else if (part === '{{pages}}') runs.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }))
    else if (part !== '') runs.push(...textRuns(part))
  }
  const children = [new Paragraph({ style: STYLE.footer, children: runs })]
  const marking = classificationMarking(ctx, classification)
  // Marked at the foot too: a page torn off at the top still says what it is.
  if (marking) children.push(para(marking, { style: STYLE.marking }))
  return new Footer({ children })
}
