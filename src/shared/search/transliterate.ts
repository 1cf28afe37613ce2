/**
 * Latin spellings of Cyrillic and Greek names, so Latin input finds them ("karimova" finds
 * Каримова). People meet a Russian name in more than one spelling, so the index holds three:
 * BGN/PCGN (English-language press and passports: Rakhimova, Yuldashev), the German Duden
 * spelling (Rachimowa, Juldaschew) and ISO 9 without its accents (Rahimova, Juldasev).
 * Tables work on lower-case letters; unknown characters pass through unchanged.
 */
type Table = Readonly<Record<string, string>>

const BGN: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian, Belarusian, Serbian, Macedonian, Uzbek and Kazakh letters
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
  ң: 'n',
  ү: 'u',
  ұ: 'u',
  ө: 'o',
  һ: 'h',
  ә: 'a',
}

const DUDEN: Table = {
  ...BGN,
  ё: 'jo',
  ж: 'sch',
  з: 's',
  й: 'i',
  в: 'w',
  с: 's',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ю: 'ju',
  я: 'ja',
  є: 'je',
  ї: 'ji',
}

const ISO9: Table = {
  ...BGN,
  ж: 'z',
  й: 'j',
  х: 'h',
  ц: 'c',
  ч: 'c',
  ш: 's',
  щ: 's',
  ю: 'ju',
  я: 'ja',
  є: 'je',
  ї: 'ji',
}

/** Modern Greek, the simple ELOT 743 letters (θ th, χ ch, ψ ps; η and υ as i and y). */
const GREEK: Table = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}

const CYRILLIC = /\p{Script=Cyrillic}/u
const GREEK_SCRIPT = /\p{Script=Greek}/u

function apply(value: string, table: Table): string {
  let out = ''
  for (const ch of value) {
    // Greek accents (ά) are looked up by their base letter; й and ё are letters of their own.
    out += table[ch] ?? table[ch.normalize('NFD').charAt(0)] ?? ch
  }
  return out
}

/** Latin spellings of a lower-case text with Cyrillic or Greek letters; none for other text. */
export function latinSpellings(prepared: string): string[] {
  const out: string[] = []
  if (CYRILLIC.test(prepared)) {
    out.push(apply(prepared, BGN), apply(prepared, DUDEN), apply(prepared, ISO9))
  }
  if (GREEK_SCRIPT.test(prepared)) out.push(apply(prepared, GREEK))
  return out
}
