/**
 * The indexes of `scores`, lowest (best) score first, equal scores in their given order: a
 * counting sort, since search scores are small whole numbers — the same order as a stable sort by
 * score, without comparing.
 */
export function scoreOrder(scores: ArrayLike<number>): Int32Array {
  let max = 0
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] ?? 0)
  const starts = new Int32Array(max + 2)
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0
    starts[score + 1] = (starts[score + 1] ?? 0) + 1
  }
  for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] ?? 0) + (starts[s - 1] ?? 0)
  const order = new Int32Array(scores.length)
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0
    const at = starts[score] ?? 0
    order[at] = i
    starts[score] = at + 1
  }
  return order
}
