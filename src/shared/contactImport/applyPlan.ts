import { contactSchema, type Contact, type ContactInput } from '../model/contact'
import { contactPhotoSchema, type ContactPhoto } from '../model/contactPhoto'
import { organizationSchema, type Organization } from '../model/organization'
import { nextUpdatedAt } from '../model/stamps'
import { foldName } from './foldName'
import type { ImportPlan, PlanRow } from './plan'

export const DUPLICATE_CHOICES = ['skip', 'merge', 'add'] as const
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number]

/** The rows an import writes: all of them in one transaction, or none. */
export type ImportChanges = {
  organizations: Organization[]
  added: Contact[]
  merged: Contact[]
  /**
   * The cards' photos, keyed by their contact's id and stamped as it: every added contact's, and
   * a merged one's, which the write keeps only when the contact has no photo yet.
   */
  photos: ContactPhoto[]
  skipped: number
}

const FILLABLE = [
  'honorificPrefix',
  'honorificSuffix',
  'givenName',
  'nativeName',
  'pronunciation',
  'position',
  'email',
  'biography',
  'notes',
] as const satisfies readonly (keyof ContactInput)[]

function digits(number: string): string {
  return number.replace(/\D/g, '')
}

/**
 * The existing contact with the card's data where its own fields are empty, and the card's
 * phones and tags it does not have yet; nothing it already holds is overwritten.
 */
export function mergeContact(existing: Contact, incoming: ContactInput, now: Date): Contact {
  const merged: Contact = { ...existing }
  for (const field of FILLABLE) {
    if (merged[field] === '' && incoming[field] !== '') merged[field] = incoming[field]
  }
  merged.organizationId ??= incoming.organizationId
  merged.gender ??= incoming.gender
  const known = new Set(existing.phones.map((p) => digits(p.number)))
  const phones = incoming.phones.filter((p) => !known.has(digits(p.number)))
  merged.phones = [...existing.phones, ...phones].slice(0, 10)
  const tags = new Set(existing.tags.map((tag) => tag.toLowerCase()))
  merged.tags = [...existing.tags, ...incoming.tags.filter((t) => !tags.has(t.toLowerCase()))]
  merged.tags = merged.tags.slice(0, 30)
  merged.languages = [...new Set([...existing.languages, ...incoming.languages])].slice(0, 10)
  merged.updatedAt = nextUpdatedAt(now, existing.updatedAt)
  return contactSchema.parse(merged)
}

/**
 * Turns the plan and the choice for each duplicate into rows: new organizations (kind "other")
 * for the names the file brings, new contacts, and merged ones. Pure; ids come from `newId`.
 */
export function buildImportChanges(
  plan: ImportPlan,
  choiceOf: (row: PlanRow & { kind: 'duplicate' }) => DuplicateChoice,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): ImportChanges {
  const stamp = now.toISOString()
  const organizationIds = new Map<string, string>()
  const organizations: Organization[] = []
  const organizationFor = (input: ContactInput, name: string): ContactInput => {
    if (input.organizationId !== null || name === '') return input
    const key = foldName(name)
    let id = organizationIds.get(key)
    if (id === undefined) {
      id = newId()
      organizationIds.set(key, id)
      organizations.push(
        organizationSchema.parse({
          id,
          name,
          localName: '',
          kind: 'other',
          cityId: null,
          address: '',
          web: '',
          notes: '',
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
        }),
      )
    }
    return { ...input, organizationId: id }
  }
  const added: Contact[] = []
  const merged = new Map<string, Contact>()
  const photos = new Map<string, ContactPhoto>()
  const photoOf = (contact: Contact, photo: string | null): void => {
    if (photo === null || photos.has(contact.id)) return
    const { id, createdAt, updatedAt, demo } = contact
    photos.set(id, contactPhotoSchema.parse({ id, createdAt, updatedAt, demo, photo }))
  }
  let skipped = 0
  for (const row of plan.rows) {
    if (row.kind === 'invalid' || row.candidate.input === null) continue
    const choice = row.kind === 'duplicate' ? choiceOf(row) : 'add'
    switch (choice) {
      case 'skip':
        skipped++
        break
      case 'add': {
        const input = organizationFor(row.candidate.input, row.candidate.newOrganization)
        const id = newId()
        const contact = contactSchema.parse({
          ...input,
          id,
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
        })
        added.push(contact)
        photoOf(contact, row.candidate.photo)
        break
      }
      case 'merge': {
        if (row.kind !== 'duplicate') break
        const base = merged.get(row.existing.id) ?? row.existing
        // A contact that has an organization keeps it, so the file's new one is not created.
        const input =
          base.organizationId === null
            ? organizationFor(row.candidate.input, row.candidate.newOrganization)
            : row.candidate.input
        const contact = mergeContact(base, input, now)
        merged.set(row.existing.id, contact)
        photoOf(contact, row.candidate.photo)
        break
      }
      default: {
        const never: never = choice
        throw new Error(`unknown choice ${String(never)}`)
      }
    }
  }
  // A merged contact's photo takes its final stamp (a second card may have merged into it).
  const finalPhotos = [...photos.values()].map((p) => {
    const contact = merged.get(p.id)
    return contact ? { ...p, updatedAt: contact.updatedAt } : p
  })
  return { organizations, added, merged: [...merged.values()], photos: finalPhotos, skipped }
}

/** Each duplicate's contact stamp as the preview read it, for the write to check it is unchanged. */
export function seenStamps(plan: ImportPlan): Map<string, string> {
  const stamps = new Map<string, string>()
  for (const row of plan.rows) {
    if (row.kind === 'duplicate') stamps.set(row.existing.id, row.existing.updatedAt)
  }
  return stamps
}
