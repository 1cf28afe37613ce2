import type { Contact } from '../model/contact'
import type { ImportCandidate } from './candidate'
import { foldName } from './foldName'

/** Why a row is taken for a contact the office already has. */
export type DuplicateReason = 'uid' | 'email' | 'name'

export type PlanRow =
  | { kind: 'new'; candidate: ImportCandidate }
  | { kind: 'duplicate'; candidate: ImportCandidate; existing: Contact; reason: DuplicateReason }
  | { kind: 'invalid'; candidate: ImportCandidate }

export type ImportCounts = { new: number; duplicate: number; invalid: number }

export type ImportPlan = {
  rows: PlanRow[]
  counts: ImportCounts
  /** Organizations the file names that do not exist yet, in first-seen order. */
  newOrganizations: string[]
}

function nameKey(givenName: string, familyName: string, organization: string): string {
  return `${foldName(`${givenName} ${familyName}`)}|${organization}`
}

/**
 * Sorts every row into new, duplicate (the same id as the card's UID, the same e-mail, or the same
 * normalized name at the same organization as a live contact) or invalid.
 */
export function planImport(
  candidates: readonly ImportCandidate[],
  contacts: readonly Contact[],
): ImportPlan {
  const live = contacts.filter((c) => c.deletedAt === null)
  const byId = new Map(live.map((c) => [c.id, c]))
  const byEmail = new Map<string, Contact>()
  const byName = new Map<string, Contact>()
  for (const contact of live) {
    const email = contact.email.toLowerCase()
    if (email && !byEmail.has(email)) byEmail.set(email, contact)
    const key = nameKey(contact.givenName, contact.familyName, contact.organizationId ?? '')
    if (!byName.has(key)) byName.set(key, contact)
  }
  const counts: ImportCounts = { new: 0, duplicate: 0, invalid: 0 }
  const newOrganizations = new Map<string, string>()
  const rows = candidates.map((candidate): PlanRow => {
    const { input } = candidate
    if (input === null) {
      counts.invalid++
      return { kind: 'invalid', candidate }
    }
    if (candidate.newOrganization) {
      const key = foldName(candidate.newOrganization)
      if (!newOrganizations.has(key)) newOrganizations.set(key, candidate.newOrganization)
    }
    const organization = input.organizationId ?? foldName(candidate.newOrganization)
    const found: [Contact | undefined, DuplicateReason][] = [
      [candidate.person.uid === null ? undefined : byId.get(candidate.person.uid), 'uid'],
      [input.email ? byEmail.get(input.email.toLowerCase()) : undefined, 'email'],
      [byName.get(nameKey(input.givenName, input.familyName, organization)), 'name'],
    ]
    const match = found.find(([contact]) => contact !== undefined)
    if (match?.[0]) {
      counts.duplicate++
      return { kind: 'duplicate', candidate, existing: match[0], reason: match[1] }
    }
    counts.new++
    return { kind: 'new', candidate }
  })
  return { rows, counts, newOrganizations: [...newOrganizations.values()] }
}
