import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, TABLE_NAMES, emptyDataset } from '../model/tables'
import { payloadChecksum, sha256Hex } from './checksum'
import { createBackup, serializeBackup, summarizeCounts } from './createBackup'
import { fixtureTables } from './fixtures'
import { parseBackup } from './parseBackup'

const now = new Date('2026-02-01T12:00:00.000Z')
const options = { appVersion: '0.1.0', now }

describe('createBackup', () => {
  it('writes the envelope in the documented shape and order', async () => {
    const file = await createBackup(fixtureTables(), options)
    expect(Object.keys(file)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'app',
      'checksum',
      'payload',
    ])
    expect(file.format).toBe('delegation-planner-backup')
    expect(file.formatVersion).toBe(1)
    expect(file.exportedAt).toBe('2026-02-01T12:00:00.000Z')
    expect(file.app).toEqual({ version: '0.1.0' })
    expect(file.payload.schemaVersion).toBe(SCHEMA_VERSION)
    expect(Object.keys(file.payload.tables)).toEqual(TABLE_NAMES)
  })

  it('checksums the UTF-8 bytes of JSON.stringify(payload) as lowercase hex SHA-256', async () => {
    // The FIPS 180-2 test vector, so the digest itself is known to be right.
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    const file = await createBackup(fixtureTables(), options)
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(file.checksum).toBe(`sha256:${await sha256Hex(JSON.stringify(file.payload))}`)
  })

  it('fills tables that the input leaves out and drops undefined fields', async () => {
    const partial = { contacts: fixtureTables().contacts } as unknown as Parameters<
      typeof createBackup
    >[0]
    const withUndefined = { ...fixtureTables(), settings: [] }
    withUndefined.contacts[0] = { ...withUndefined.contacts[0]!, demo: undefined }
    const file = await createBackup(partial, options)
    expect(file.payload.tables.visits).toEqual([])
    const second = await createBackup(withUndefined, options)
    expect('demo' in second.payload.tables.contacts[0]!).toBe(false)
  })
})

describe('round trip', () => {
  it('create → serialize → parse gives back identical tables and counts', async () => {
    const tables = fixtureTables()
    const text = serializeBackup(await createBackup(tables, options))
    const result = await parseBackup(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.tables).toEqual(tables)
    expect(result.counts).toEqual(summarizeCounts(tables))
    expect(result.file).toMatchObject({ formatVersion: 1, schemaVersion: SCHEMA_VERSION })
    expect(result.file.app.version).toBe('0.1.0')
  })

  it('an empty data set round-trips too', async () => {
    const text = serializeBackup(await createBackup(emptyDataset(), options))
    const result = await parseBackup(text)
    expect(result.ok && result.tables).toEqual(emptyDataset())
  })

  it('does not depend on whitespace: a compact re-serialisation still verifies', async () => {
    const file = await createBackup(fixtureTables(), options)
    const pretty = serializeBackup(file)
    expect(pretty).toContain('\n  "format": "delegation-planner-backup"')
    const compact = JSON.stringify(JSON.parse(pretty))
    expect((await parseBackup(compact)).ok).toBe(true)
  })

  it('JSON.parse keeps key order, so re-stringifying a parsed payload gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value)
        expect(JSON.stringify(JSON.parse(text))).toBe(text)
      }),
    )
    const ordered = JSON.parse('{"zeta":1,"alpha":2,"mid":{"b":1,"a":2}}') as object
    expect(JSON.stringify(ordered)).toBe('{"zeta":1,"alpha":2,"mid":{"b":1,"a":2}}')
  })

  it('checksum of a parsed payload equals the checksum of the original', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const reparsed: unknown = JSON.parse(JSON.stringify(value))
        expect(await payloadChecksum(reparsed)).toBe(await payloadChecksum(value))
      }),
      { numRuns: 50 },
    )
  })
})

describe('summarizeCounts', () => {
  it('counts rows per table in table order', () => {
    const counts = summarizeCounts(fixtureTables())
    expect(Object.keys(counts)).toEqual(TABLE_NAMES)
    expect(counts.contacts).toBe(1)
    expect(summarizeCounts(emptyDataset()).visits).toBe(0)
  })
})
