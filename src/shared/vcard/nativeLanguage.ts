/** Scripts and the language a native-script name in them most likely is, when none is known. */
const SCRIPT_LANGUAGES: readonly { script: RegExp; languages: readonly string[] }[] = [
  { script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, languages: ['ja'] },
  { script: /\p{Script=Hangul}/u, languages: ['ko'] },
  { script: /\p{Script=Han}/u, languages: ['zh', 'ja', 'ko'] },
  { script: /\p{Script=Cyrillic}/u, languages: ['ru', 'uk', 'bg', 'sr', 'kk', 'uz', 'be', 'mk'] },
  { script: /\p{Script=Arabic}/u, languages: ['ar', 'fa', 'ur'] },
  { script: /\p{Script=Greek}/u, languages: ['el'] },
  { script: /\p{Script=Hebrew}/u, languages: ['he', 'yi'] },
  { script: /\p{Script=Thai}/u, languages: ['th'] },
  { script: /\p{Script=Devanagari}/u, languages: ['hi', 'mr', 'ne'] },
  { script: /\p{Script=Georgian}/u, languages: ['ka'] },
  { script: /\p{Script=Armenian}/u, languages: ['hy'] },
]

/** Cultures that write the family name first (佐藤 花子): the first word is the family name. */
const FAMILY_FIRST = new Set(['ja', 'zh', 'ko', 'hu', 'vi'])

/**
 * The LANGUAGE tag of a native-script name: the person's own language when it fits the script
 * (Каримова with languages [uz] → uz), else the script's usual language; null when unknown.
 */
export function nativeNameLanguage(name: string, languages: readonly string[]): string | null {
  const entry = SCRIPT_LANGUAGES.find(({ script }) => script.test(name))
  if (!entry) return languages[0] ?? null
  return languages.find((l) => entry.languages.includes(l)) ?? entry.languages[0] ?? null
}

/** [family, given] of a native-script name, split by the culture's order. */
export function splitNativeName(name: string, language: string | null): [string, string] {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length < 2) return [name.trim(), '']
  if (language !== null && FAMILY_FIRST.has(language)) {
    return [words[0] ?? '', words.slice(1).join(' ')]
  }
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')]
}
