/** A part of a whole; `share` is null when the whole is empty (nothing to judge, not 0 %). */
export type Share = { part: number; whole: number; share: number | null }

export function share(part: number, whole: number): Share {
  return { part, whole, share: whole === 0 ? null : part / whole }
}

/** The first four digits of an ISO date, as a number. */
export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4))
