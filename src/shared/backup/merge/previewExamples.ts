import { shortDisplayName } from '../../domain/personName'
import type { UiLanguage } from '../../model/common'
import type { DatasetTables, TableName } from '../../model/tables'
import type { MergePreview } from './mergeTypes'

/** The tables whose rows a person recognises by a name; the others are only counted. */
export const NAMED_TABLES = [
  'contacts',
  'organizations',
  'visits',
  'programmes',
  'partnerCities',
] as const satisfies readonly TableName[]
type NamedTable = (typeof NAMED_TABLES)[number]

export type PreviewExample = {
  table: NamedTable
  change: 'added' | 'updated' | 'deleted'
  names: string[]
  /** How many more rows than named. */
  more: number
}

function label(tables: DatasetTables, table: NamedTable, id: string, lang: UiLanguage): string {
  switch (table) {
    case 'contacts': {
      const row = tables.contacts.find((r) => r.id === id)
      return row ? shortDisplayName(row) : id
    }
    case 'organizations':
      return tables.organizations.find((r) => r.id === id)?.name ?? id
    case 'visits':
      return tables.visits.find((r) => r.id === id)?.title ?? id
    case 'programmes':
      return tables.programmes.find((r) => r.id === id)?.title ?? id
    case 'partnerCities':
      return tables.partnerCities.find((r) => r.id === id)?.name[lang] ?? id
    default: {
      const never: never = table
      return never
    }
  }
}

/**
 * A few names per change, so the dialog can say "added: Camille Dubois, …" rather than only
 * counts. Added and updated rows are named as the result has them, deleted ones as they are here.
 */
export function previewExamples(
  preview: MergePreview,
  here: DatasetTables,
  result: DatasetTables,
  lang: UiLanguage,
  limit = 3,
): PreviewExample[] {
  const examples: PreviewExample[] = []
  for (const table of NAMED_TABLES) {
    for (const change of ['added', 'updated', 'deleted'] as const) {
      const ids = preview[table][change]
      if (ids.length === 0) continue
      const source = change === 'deleted' ? here : result
      const names = ids.slice(0, limit).map((id) => label(source, table, id, lang))
      examples.push({ table, change, names, more: ids.length - names.length })
    }
  }
  return examples
}
