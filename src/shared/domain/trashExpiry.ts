/** How long a contact stays in the trash before it is deleted for good (personal data). */
export const CONTACT_TRASH_DAYS = 30

const DAY_MS = 86_400_000

/** The ids of trashed rows whose time in the trash is over at `now`. */
export function expiredTrash(
  rows: readonly { id: string; deletedAt: string | null }[],
  now: Date,
  days: number = CONTACT_TRASH_DAYS,
): string[] {
  const limit = now.getTime() - days * DAY_MS
  return rows
    .filter((r) => r.deletedAt !== null && Date.parse(r.deletedAt) <= limit)
    .map((r) => r.id)
}

/** When a row trashed at `deletedAt` will be deleted for good, as an ISO instant. */
export function purgeDate(deletedAt: string, days: number = CONTACT_TRASH_DAYS): string {
  return new Date(Date.parse(deletedAt) + days * DAY_MS).toISOString()
}
