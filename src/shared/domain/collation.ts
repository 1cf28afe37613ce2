/**
 * One German collator for every name sort. `a.localeCompare(b, 'de')` resolves the locale on each
 * call, which showed up when sorting 20,000 contacts by precedence (bench/results.md).
 */
const GERMAN = new Intl.Collator('de')

/** Orders texts as a German reader expects (umlauts beside their base letters). */
export function compareText(a: string, b: string): number {
  return GERMAN.compare(a, b)
}
