import { formatDate } from '../dates'
import { translator } from '../i18n'
import type { UiLanguage } from '../model/common'
import type { Organization } from '../model/organization'
import { readVCards, type PhoneLabels } from '../vcard'
import {
  organizationsByName,
  personToCandidate,
  type ImportCandidate,
  type NoteLabels,
} from './candidate'
import type { ImportPerson } from './person'

export { buildImportChanges, DUPLICATE_CHOICES, mergeContact, seenStamps } from './applyPlan'
export type { DuplicateChoice, ImportChanges } from './applyPlan'
export { problemText } from './candidate'
export type { ImportCandidate, ImportProblem } from './candidate'
export { foldName } from './foldName'
export type { ImportPerson } from './person'
export { planImport } from './plan'
export type { DuplicateReason, ImportCounts, ImportPlan, PlanRow } from './plan'

/** A person read from a file, with where in the file it stands. */
export type SourcedPerson = { person: ImportPerson; source: number; line: number }

export function phoneLabels(language: UiLanguage): PhoneLabels {
  const t = translator(language)
  return {
    mobile: t('addressBook.phone.mobile'),
    work: t('addressBook.phone.work'),
    home: t('addressBook.phone.home'),
    fax: t('addressBook.phone.fax'),
    other: t('addressBook.phone.other'),
  }
}

export function noteLabels(language: UiLanguage): NoteLabels {
  const t = translator(language)
  return {
    email: t('addressBook.note.email'),
    address: t('addressBook.note.address'),
    birthday: (date) => {
      if (!date.startsWith('--')) {
        return t('addressBook.note.birthday', { date: formatDate(date, language) })
      }
      return t('addressBook.note.birthdayNoYear', {
        month: date.slice(2, 4),
        day: date.slice(5, 7),
      })
    },
  }
}

/** The people of a .vcf file, numbered from 1 in file order. */
export function vcardPeople(bytes: Uint8Array, language: UiLanguage): SourcedPerson[] {
  return readVCards(bytes, phoneLabels(language)).map((card, index) => ({
    person: card.person,
    source: index + 1,
    line: card.line,
  }))
}

/**
 * Candidates for the preview, built in slices with a pause between them so that a file of
 * thousands of cards leaves the window responsive and can report progress.
 */
export async function buildCandidates(
  people: readonly SourcedPerson[],
  organizations: readonly Organization[],
  language: UiLanguage,
  onProgress: (done: number, total: number) => void = () => undefined,
  sliceSize = 250,
): Promise<ImportCandidate[]> {
  const index = organizationsByName(organizations)
  const labels = noteLabels(language)
  const candidates: ImportCandidate[] = []
  for (let start = 0; start < people.length; start += sliceSize) {
    for (const { person, source, line } of people.slice(start, start + sliceSize)) {
      candidates.push(personToCandidate(person, { source, line }, index, labels))
    }
    onProgress(candidates.length, people.length)
    if (candidates.length < people.length) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0))
    }
  }
  return candidates
}
