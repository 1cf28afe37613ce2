import { parseBackup } from '@shared/backup'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createDataRepository } from './dataRepository'
import type { SafetyCopy } from './safetyCopy'

/** Helpers for the data-operation tests; imported by *.test.ts only. */

/** A safety copy kept in memory, to be read back in the test. */
export function memoryCopy(): SafetyCopy & { written: string[] } {
  const written: string[] = []
  return {
    written,
    appVersion: '0.0.0-test',
    save: async (json) => {
      written.push(json)
      return `memory:${written.length}`
    },
  }
}

/** A safety copy that cannot be written (a full disk, a refused dialog). */
export function failingCopy(): SafetyCopy {
  return {
    appVersion: '0.0.0-test',
    save: () => Promise.reject(new Error('disk full')),
  }
}

/** The tables a written safety copy holds, checked as an import checks a file. */
export async function tablesIn(json: string | undefined): Promise<DatasetTables> {
  const parsed = await parseBackup(json ?? '', { language: 'en' })
  if (!parsed.ok) throw new Error(`safety copy does not parse: ${JSON.stringify(parsed.errors)}`)
  return parsed.tables
}

/** A copy with each table sorted by id, the order `snapshot` gives. */
export function sortedById(tables: DatasetTables): DatasetTables {
  const copy = structuredClone(tables)
  for (const name of TABLE_NAMES) {
    ;(copy[name] as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id))
  }
  return copy
}

/** Every row of every table, each table sorted by id, for before/after comparisons. */
export async function snapshot(db: AppDB): Promise<DatasetTables> {
  return sortedById(await createDataRepository(db).exportTables())
}
