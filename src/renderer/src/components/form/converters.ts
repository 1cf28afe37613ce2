/**
 * Converters between what a form holds (strings, booleans) and what a schema accepts. They do not
 * validate: an unparsable number stays NaN so the schema reports it on the right field.
 */

/** "de, fr,,ja " → ["de", "fr", "ja"]; commas, semicolons and line breaks separate. */
export function listFromText(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
}

export function textFromList(list: readonly string[]): string {
  return list.join(', ')
}

/** Empty → null (e.g. "no organization"), else the trimmed text. */
export function blankToNull(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

export function nullToBlank(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/** Empty → null; "12" → 12; "12,5" or "abc" → a number the schema rejects (12.5 / NaN). */
export function optionalNumber(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return Number(trimmed.replace(',', '.'))
}

/** Like optionalNumber, but empty stays undefined so the schema says "required". */
export function requiredNumber(text: string): number | undefined {
  const value = optionalNumber(text)
  return value === null ? undefined : value
}
