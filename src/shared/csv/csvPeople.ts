import type { SourcedPerson } from '../contactImport'
import { emptyPerson, type ImportPerson } from '../contactImport/person'
import type { PhoneLabels } from '../vcard'
import type { CsvTarget } from './columns'
import type { CsvTable } from './parseCsv'

/** Google puts several values in one cell: "a@example.org ::: b@example.org". */
function values(cell: string): string[] {
  return cell
    .split(':::')
    .map((v) => v.trim())
    .filter(Boolean)
}

function tagsOf(cell: string): string[] {
  // Outlook separates categories with ";" (German) or ","; Google's labels with ":::".
  return cell
    .split(/:::|;|,/)
    .map((tag) => tag.trim().replace(/^\*\s*/, ''))
    .filter((tag) => tag !== '' && tag.toLowerCase() !== 'mycontacts')
}

/** 15.04.1970, 1970-04-15, 4/15/1970 or --04-15 (Google without year) as YYYY-MM-DD / --MM-DD. */
function birthdayOf(cell: string): string | null {
  const pad = (n: string): string => n.padStart(2, '0')
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(cell)
  if (iso) return `${iso[1]}-${pad(iso[2] ?? '')}-${pad(iso[3] ?? '')}`
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(cell)
  if (german) return `${german[3]}-${pad(german[2] ?? '')}-${pad(german[1] ?? '')}`
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(cell)
  if (us) return `${us[3]}-${pad(us[1] ?? '')}-${pad(us[2] ?? '')}`
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(cell)
  return yearless ? `--${yearless[1]}-${yearless[2]}` : null
}

function genderOf(cell: string): ImportPerson['gender'] {
  const value = cell.trim().toLowerCase()
  if (['female', 'weiblich', 'w', 'f', 'frau'].includes(value)) return 'female'
  if (['male', 'männlich', 'm', 'mann', 'herr'].includes(value)) return 'male'
  if (['divers', 'other', 'non-binary', 'nonbinary', 'd'].includes(value)) return 'nonBinary'
  return null
}

const PHONE_KIND = {
  phoneWork: 'work',
  phoneMobile: 'mobile',
  phoneHome: 'home',
  phoneFax: 'fax',
  phoneOther: 'other',
} as const

function applyCell(person: ImportPerson, target: CsvTarget, cell: string, label: string): void {
  switch (target) {
    case 'ignore':
      return
    case 'honorificPrefix':
    case 'givenName':
    case 'additionalNames':
    case 'familyName':
    case 'honorificSuffix':
    case 'fullName':
    case 'nativeName':
    case 'organization':
    case 'position':
      person[target] ||= cell
      return
    case 'phoneticGiven':
      person.pronunciation = [cell, person.pronunciation].filter(Boolean).join(' ')
      return
    case 'phoneticFamily':
      person.pronunciation = [person.pronunciation, cell].filter(Boolean).join(' ')
      return
    case 'email':
      person.emails.push(...values(cell))
      return
    case 'phoneWork':
    case 'phoneMobile':
    case 'phoneHome':
    case 'phoneFax':
    case 'phoneOther':
      for (const number of values(cell)) person.phones.push({ label, number })
      return
    case 'tags':
      person.tags.push(...tagsOf(cell))
      return
    case 'languages':
      person.languages.push(
        ...cell
          .split(/[,;\s]+/)
          .filter((code) => /^[a-z]{2,3}$/i.test(code))
          .map((c) => c.toLowerCase()),
      )
      return
    case 'birthday':
      person.birthday ??= birthdayOf(cell)
      return
    case 'gender':
      person.gender ??= genderOf(cell)
      return
    case 'address':
      person.addresses.push(cell.replace(/\s*\r?\n\s*/g, ', '))
      return
    case 'notes':
      person.note = [person.note, cell].filter(Boolean).join('\n')
      return
    default: {
      const never: never = target
      throw new Error(`unknown target ${String(never)}`)
    }
  }
}

/** Google's "Phone 1 - Value" takes its label from "Phone 1 - Label" (or "- Type") beside it. */
function labelColumns(headers: readonly string[]): (number | null)[] {
  return headers.map((header) => {
    const match = /^(.*)\s-\s(value|wert)$/i.exec(header)
    if (!match) return null
    const index = headers.findIndex((h) =>
      new RegExp(
        `^${match[1]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s-\\s(label|type|typ)$`,
        'i',
      ).test(h),
    )
    return index >= 0 ? index : null
  })
}

/** Each data row as a person, by the chosen field of each column; row numbers count from 1. */
export function csvPeople(
  table: CsvTable,
  mapping: readonly CsvTarget[],
  labels: PhoneLabels,
): SourcedPerson[] {
  const labelOf = labelColumns(table.headers)
  return table.rows.map((row, index) => {
    const person = emptyPerson()
    row.forEach((cell, column) => {
      const target = mapping[column] ?? 'ignore'
      if (cell === '' || target === 'ignore') return
      const labelColumn = labelOf[column]
      const own = labelColumn === null || labelColumn === undefined ? '' : (row[labelColumn] ?? '')
      const kind = target in PHONE_KIND ? PHONE_KIND[target as keyof typeof PHONE_KIND] : 'other'
      applyCell(person, target, cell, own.replace(/^\*\s*/, '') || labels[kind])
    })
    return { person, source: index + 1, line: table.lines[index] ?? index + 2 }
  })
}
