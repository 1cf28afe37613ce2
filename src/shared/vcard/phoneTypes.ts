/** Free-text phone labels of the app (de and en) and the vCard TYPE they stand for. */
const LABEL_TYPES: readonly { pattern: RegExp; type: string }[] = [
  { pattern: /fax/i, type: 'fax' },
  { pattern: /mobil|handy|cell|iphone/i, type: 'cell' },
  { pattern: /privat|home|zu hause/i, type: 'home' },
  {
    pattern: /büro|buero|dienst|office|work|geschäft|business|durchwahl|sekretariat/i,
    type: 'work',
  },
]

/** The TYPE value for a label: cell, work, home, fax, or voice when the label says nothing known. */
export function phoneTypes(label: string): string {
  return LABEL_TYPES.find(({ pattern }) => pattern.test(label))?.type ?? 'voice'
}
