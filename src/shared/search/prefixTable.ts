import { scoreOrder } from './scoreOrder'
import { INSIDE, KINDS, PREFIX, WHOLE, type SearchKey } from './searchKey'

/**
 * The rows a one-form word matches: their places in the rows a table was built over, ascending,
 * their scores, and `ranked`: indexes into `at` best score first, equal scores by place.
 */
export type PrefixMatches = {
  readonly at: ArrayLike<number>
  readonly scores: ArrayLike<number>
  readonly ranked: ArrayLike<number>
}

const SPACE = 32
const NO_MATCHES: PrefixMatches = { at: [], scores: [], ranked: [] }

// Scratch per character code for the row being scanned: rows are scanned whole within one call,
// so every table can share it; a stamp per scan saves clearing 65,536 entries per row.
const stampOf = new Int32Array(0x10000)
const scoreOf = new Uint8Array(0x10000)
const touched: number[] = []
let stamp = 0

/**
 * For one word form (the prefix, maybe '') and every character that can follow it: which of the
 * given rows a query word `prefix + character` matches and with which score, the same score
 * `scoreCompiled` gives a one-form word. One scan of the rows answers every next character, so it
 * can run in idle time before the key is typed: '' over the whole index answers every one-letter
 * search, "k" over the matches of "k" every "k" + letter. Built in steps (`build`).
 */
export class PrefixTable {
  // Per next character code while building; packed into typed arrays when complete.
  private building: ({ at: number[]; scores: number[] } | undefined)[] = []
  private readonly next = new Map<number, PrefixMatches>()
  private done = 0

  constructor(
    readonly prefix: string,
    private readonly rows: number,
    private readonly keyOf: (row: number) => SearchKey,
  ) {}

  /** Scans up to `count` more rows; true when every row is in. */
  build(count: number): boolean {
    const end = Math.min(this.rows, this.done + count)
    for (let row = this.done; row < end; row++) this.scan(row)
    this.done = end
    if (this.complete && this.building.length > 0) this.pack()
    return this.complete
  }

  get complete(): boolean {
    return this.done === this.rows
  }

  /**
   * The rows `form` matches, if the table answers it: complete, and `form` is the prefix and one
   * more character (no space: a word has none, so no match can straddle two tiers).
   */
  matches(form: string): PrefixMatches | null {
    if (!this.complete || form.length !== this.prefix.length + 1) return null
    if (!form.startsWith(this.prefix) || form.includes(' ')) return null
    return this.next.get(form.charCodeAt(this.prefix.length)) ?? NO_MATCHES
  }

  private scan(row: number): void {
    const { tiers } = this.keyOf(row)
    const { prefix } = this
    const length = prefix.length
    stamp = (stamp % 0x7fffffff) + 1
    touched.length = 0
    for (let tier = 0; tier < tiers.length; tier++) {
      const text = tiers[tier] ?? ''
      const base = tier * KINDS
      let at = length === 0 ? 0 : text.indexOf(prefix)
      while (at >= 0 && at + length < text.length) {
        const end = at + length
        const char = text.charCodeAt(end)
        // A character first met in an earlier tier keeps that tier's (better) score.
        if (char !== SPACE && (stampOf[char] !== stamp || (scoreOf[char] ?? 0) >= base)) {
          const kind =
            text.charCodeAt(at - 1) !== SPACE
              ? INSIDE
              : text.charCodeAt(end + 1) === SPACE
                ? WHOLE
                : PREFIX
          if (stampOf[char] !== stamp) {
            stampOf[char] = stamp
            scoreOf[char] = base + kind
            touched.push(char)
          } else if (base + kind < (scoreOf[char] ?? 0)) {
            scoreOf[char] = base + kind
          }
        }
        at = length === 0 ? at + 1 : text.indexOf(prefix, at + 1)
      }
    }
    for (const char of touched) {
      let bucket = this.building[char]
      if (bucket === undefined) {
        bucket = { at: [], scores: [] }
        this.building[char] = bucket
      }
      bucket.at.push(row)
      bucket.scores.push(scoreOf[char] ?? 0)
    }
  }

  // Less memory than number arrays (the table of '' over 20,000 contacts holds ~470,000 rows),
  // and ranked now, in idle time, rather than on the keystroke.
  private pack(): void {
    this.building.forEach((bucket, char) => {
      if (bucket) {
        const scores = Uint8Array.from(bucket.scores)
        this.next.set(char, { at: Int32Array.from(bucket.at), scores, ranked: scoreOrder(scores) })
      }
    })
    this.building = []
  }
}
