import { describe, expect, it } from 'vitest'
import { tableFingerprints, type TableFingerprint } from '@shared/model/schemaFingerprint'
import { SCHEMA_VERSION, TABLE_SCHEMAS } from '@shared/model/tables'
import { SCHEMA_HISTORY } from './schemaVersions'
import snapshot from './schemaSnapshot.json'

/**
 * schemaSnapshot.json holds, per schema version, the Dexie stores and the shape of every table's
 * rows, as they were when that version shipped. It is only ever appended to: a new version adds
 * its entry (the failure message prints it), and no entry is edited afterwards.
 */
interface SnapshotEntry {
  version: number
  stores: Record<string, string>
  rows: Record<string, TableFingerprint>
}
const VERSIONS = snapshot.versions as SnapshotEntry[]

function entryForToday(): SnapshotEntry {
  const latest = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]
  return {
    version: latest?.version ?? 0,
    stores: { ...latest?.stores },
    rows: tableFingerprints(TABLE_SCHEMAS),
  }
}

const hint = (): string =>
  `a schema change needs a new version in schemaVersions.ts, a row migration in ` +
  `src/shared/model/migrations and this entry appended to schemaSnapshot.json:\n` +
  JSON.stringify(entryForToday(), null, 2)

describe('the schema snapshot', () => {
  it('has exactly one entry per schema version', () => {
    expect(
      VERSIONS.map((v) => v.version),
      hint(),
    ).toEqual(SCHEMA_HISTORY.map((v) => v.version))
  })

  it.each(SCHEMA_HISTORY.map((v) => [v.version, v] as const))(
    'version %i has the stores it shipped with (old entries are never edited)',
    (version, entry) => {
      const shipped = VERSIONS.find((v) => v.version === version)
      expect(entry.stores, `stores of version ${version} changed; ${hint()}`).toEqual(
        shipped?.stores,
      )
    },
  )

  it('the current tables have the row shapes of the current version', () => {
    const shipped = VERSIONS.find((v) => v.version === SCHEMA_VERSION)
    const today = tableFingerprints(TABLE_SCHEMAS)
    const changed = Object.keys({ ...today, ...shipped?.rows }).filter(
      (table) => JSON.stringify(today[table]) !== JSON.stringify(shipped?.rows[table]),
    )
    expect(changed, `tables changed without a new schema version; ${hint()}`).toEqual([])
  })
})
