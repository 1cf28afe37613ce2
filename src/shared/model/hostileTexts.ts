/**
 * Test support: texts that break naive code, one per kind the robust-input issue names. Each is
 * cut to a field's maximum at a grapheme boundary (never inside a surrogate pair or a ZWJ emoji)
 * and carries no outer whitespace, since every text schema trims.
 */
const MIXED = 'Grüße 👩‍👩‍👧‍👦 🇩🇪🇯🇵 مرحبا بالوفد שלום לכולם 東京都知事 Мэр Москвы e\u0301n\u0303 Z̤͔ͧ̑̓ä͖̭̈̇ '

export const HOSTILE_TEXTS = {
  /** 100,000 characters of every script below, with unbroken runs longer than a line. */
  long: (MIXED + 'Donaudampfschifffahrtsgesellschaftskapitänsmütze '.repeat(3))
    .repeat(1000)
    .slice(0, 100_000),
  emoji: '👩‍👩‍👧‍👦 Familie 🇩🇪🇯🇵🇺🇦 🏳️‍🌈 👍🏽 🧑🏿‍🤝‍🧑🏻',
  arabic: 'مرحبا بالوفد الرسمي من القاهرة',
  hebrew: 'שלום לכולם, משלחת ירושלים',
  bidi: 'שלום abc 123 مرحبا (Dr.) ١٢٣',
  mixed: '東京都知事 Мэр Москвы Ελλάδα ひらがな カタカナ 한국어',
  combining: 'e\u0301 n\u0303 a\u0308\u0304 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗',
} as const

export type HostileTextKind = keyof typeof HOSTILE_TEXTS
export const HOSTILE_TEXT_KINDS = Object.keys(HOSTILE_TEXTS) as HostileTextKind[]

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** `text` cut to at most `max` UTF-16 units (zod's measure) at a grapheme boundary, trimmed. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text.trim()
  let cut = ''
  for (const { segment } of graphemes.segment(text)) {
    if (cut.length + segment.length > max) break
    cut += segment
  }
  return cut.trim()
}
