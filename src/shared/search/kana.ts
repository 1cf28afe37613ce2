/**
 * Hiragana to Hepburn romaji, so a pronunciation written in kana (さとう はなこ) is also found by
 * Latin input ("sato hanako"). Kanji have no reading without a dictionary; they are not read.
 * Long vowels stay as written (さとう → satou, which "sato" finds as a prefix); ー is dropped.
 */
const ROWS: readonly (readonly [string, readonly string[]])[] = [
  ['', ['あ', 'い', 'う', 'え', 'お']],
  ['k', ['か', 'き', 'く', 'け', 'こ']],
  ['g', ['が', 'ぎ', 'ぐ', 'げ', 'ご']],
  ['s', ['さ', 'し', 'す', 'せ', 'そ']],
  ['z', ['ざ', 'じ', 'ず', 'ぜ', 'ぞ']],
  ['t', ['た', 'ち', 'つ', 'て', 'と']],
  ['d', ['だ', 'ぢ', 'づ', 'で', 'ど']],
  ['n', ['な', 'に', 'ぬ', 'ね', 'の']],
  ['h', ['は', 'ひ', 'ふ', 'へ', 'ほ']],
  ['b', ['ば', 'び', 'ぶ', 'べ', 'ぼ']],
  ['p', ['ぱ', 'ぴ', 'ぷ', 'ぺ', 'ぽ']],
  ['m', ['ま', 'み', 'む', 'め', 'も']],
  ['r', ['ら', 'り', 'る', 'れ', 'ろ']],
]
const VOWELS = ['a', 'i', 'u', 'e', 'o'] as const

/** Hepburn spellings that are not consonant + vowel. */
const IRREGULAR: Readonly<Record<string, string>> = {
  し: 'shi',
  じ: 'ji',
  ち: 'chi',
  ぢ: 'ji',
  つ: 'tsu',
  づ: 'zu',
  ふ: 'fu',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゃ: 'ya',
  ゅ: 'yu',
  ょ: 'yo',
  ゎ: 'wa',
}

const SYLLABLES: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {}
  for (const [consonant, kana] of ROWS) {
    kana.forEach((k, i) => (out[k] = consonant + VOWELS[i]))
  }
  return { ...out, ...IRREGULAR }
})()

/** き + ゃ → kya, し + ゃ → sha, ち + ゃ → cha, じ + ゃ → ja. */
function combine(first: string, small: string): string | null {
  const vowel = { ゃ: 'a', ゅ: 'u', ょ: 'o' }[small]
  const base = SYLLABLES[first]
  if (vowel === undefined || base === undefined || !base.endsWith('i') || base === 'i') return null
  if (base === 'shi' || base === 'chi' || base === 'ji') return base.slice(0, -1) + vowel
  return base.slice(0, -1) + 'y' + vowel
}

const HIRAGANA = /[\u3041-\u3096]/u

/** Romaji of the hiragana in a text (other characters stay); null when it has no hiragana. */
export function kanaToRomaji(hiragana: string): string | null {
  if (!HIRAGANA.test(hiragana)) return null
  const chars = [...hiragana]
  let out = ''
  let double = false
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? ''
    if (ch === 'っ') {
      double = true
      continue
    }
    if (ch === 'ー') continue
    const pair = combine(ch, chars[i + 1] ?? '')
    const syllable = pair ?? SYLLABLES[ch] ?? ch
    if (pair !== null) i++
    // っ doubles the next consonant: きって → kitte, まっちゃ → matcha (Hepburn: tch).
    if (double && /^[a-z]/.test(syllable) && !/^[aiueo]/.test(syllable)) {
      out += syllable.startsWith('ch') ? 't' : syllable.charAt(0)
    }
    double = false
    out += syllable
  }
  return out
}
