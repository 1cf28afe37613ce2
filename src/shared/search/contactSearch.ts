import type { Contact } from '../model/contact'
import { keyFromForms, searchForms, type SearchKey } from './searchKey'

/** What a person is searched by (never dietary or accessibility needs, never private notes). */
export type ContactSearchFields = Pick<
  Contact,
  | 'id'
  | 'updatedAt'
  | 'givenName'
  | 'familyName'
  | 'nativeName'
  | 'pronunciation'
  | 'position'
  | 'furtherOffices'
  | 'email'
  | 'tags'
>

/** The contact's own folded forms per tier, before its organization's and city's names. */
type OwnForms = { name: string; context: string; tag: string }

/** Folded forms of organization and city names, which many contacts share. */
const MAX_SHARED = 20_000

/**
 * Search keys of contacts, computed once per contact version (id + updatedAt), so a rebuilt
 * index after one edit folds one person, not 20,000. Organization and city names are passed in
 * on every call (a renamed organization changes no contact's updatedAt): the key is reused while
 * they are the same, and rebuilt from folded forms cached by text when they differ.
 */
export class ContactKeyCache {
  private readonly own = new Map<
    string,
    { updatedAt: string; forms: OwnForms; names: string; key: SearchKey }
  >()
  private readonly shared = new Map<string, string>()

  /** The key of a contact with the names of its organization and city. */
  keyOf(
    contact: ContactSearchFields,
    organizationNames: readonly string[],
    cityNames: readonly string[],
  ): SearchKey {
    const names = `${organizationNames.join('\u0001')}\u0002${cityNames.join('\u0001')}`
    let entry = this.own.get(contact.id)
    if (entry?.updatedAt === contact.updatedAt && entry.names === names) return entry.key
    const forms = entry?.updatedAt === contact.updatedAt ? entry.forms : ownForms(contact)
    const context = [
      forms.context,
      ...organizationNames.map((text) => this.sharedForms(text)),
      ...cityNames.map((text) => this.sharedForms(text)),
    ]
      .filter(Boolean)
      .join(' ')
    entry = {
      updatedAt: contact.updatedAt,
      forms,
      names,
      key: keyFromForms(forms.name, context, forms.tag),
    }
    this.own.set(contact.id, entry)
    return entry.key
  }

  private sharedForms(text: string): string {
    const hit = this.shared.get(text)
    if (hit !== undefined) return hit
    if (this.shared.size >= MAX_SHARED) this.shared.clear()
    const forms = searchForms(text)
    this.shared.set(text, forms)
    return forms
  }
}

function ownForms(contact: ContactSearchFields): OwnForms {
  return {
    name: join([contact.givenName, contact.familyName, contact.nativeName, contact.pronunciation]),
    context: join([
      contact.position,
      ...contact.furtherOffices.map((office) => office.position),
      contact.email,
    ]),
    tag: join(contact.tags),
  }
}

function join(texts: readonly string[]): string {
  return texts.map(searchForms).filter(Boolean).join(' ')
}

/** One cache for the whole app: the contacts list and every person picker share it. */
export const contactKeys = new ContactKeyCache()
