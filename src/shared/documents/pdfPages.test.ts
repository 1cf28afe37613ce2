import { describe, expect, it } from 'vitest'
import { headingAtPageEnd, pdfPageCount, type RunTool } from './pdfPages'

/** Two printed pages as poppler would give them, the first ending in a wrapped heading. */
const PAGES = [
  'Programme\n\nDay 1\n09:00 Arrival\nMeeting with the\nMayor\n\nRESTRICTED\nPage 1 of 2\n',
  'Meeting with the Mayor\nCity Hall\u200B, room 2\n\nPage 2 of 2\n',
]
const run: RunTool = (cmd, args) => {
  if (cmd === 'pdfinfo') return `Title: x\nPages:          ${PAGES.length}\n`
  return PAGES[Number(args[args.indexOf('-f') + 1]) - 1] ?? ''
}
const skip = (l: string): boolean => l === 'RESTRICTED' || /^Page \d+ of \d+$/.test(l)

describe('the PDF page checks', () => {
  it('reads the page count', () => {
    expect(pdfPageCount(run, 'x.pdf')).toBe(2)
  })

  it('finds a heading wrapped over two lines at the foot of a page, past marking and footer', () => {
    expect(headingAtPageEnd(run, 'x.pdf', 2, ['Meeting with the Mayor'], skip, 2)).toEqual({
      page: 1,
      last: 'Mayor',
    })
  })

  it('does not find it when only one line is looked at, nor a heading that is not at the end', () => {
    expect(headingAtPageEnd(run, 'x.pdf', 2, ['Meeting with the Mayor'], skip, 1)).toBeNull()
    expect(headingAtPageEnd(run, 'x.pdf', 2, ['Day 1', 'Programme'], skip, 3)).toBeNull()
  })
})
