import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { demoTables } from '../documents/testFixtures'
import { HOSTILE_TEXT_KINDS } from '../model/hostileTexts'
import type { DatasetTables } from '../model/tables'
import { emptyDataset } from '../model/tables'
import { backupText, createBackupWriter, writeBackupTables } from './backupWriter'
import { appendJson, sha256Hex } from './checksum'
import { createBackup, serializeBackup } from './createBackup'
import { fixtureTables } from './fixtures'
import { hostileTables } from './hostileTables'
import { parseBackup } from './parseBackup'
import { streamingSha256, type Sha256Sink } from './sha256Sink'
import { Utf8Chunks } from './utf8Chunks'

const now = new Date('2026-02-01T12:00:00.000Z')
const options = { appVersion: '0.1.0', now }

async function expectSameAsCreateBackup(tables: DatasetTables, pageSize: number): Promise<void> {
  const expected = serializeBackup(await createBackup(tables, options))
  const written = await writeBackupTables(tables, options, pageSize)
  const text = backupText(written)
  expect(text).toBe(expected)
  expect(written.byteLength).toBe(new TextEncoder().encode(expected).byteLength)
  // What every reader before the writer did: JSON.parse, then the checksum of the re-stringified payload.
  const old = JSON.parse(text) as { checksum: string; payload: unknown }
  expect(old.checksum).toBe(`sha256:${await sha256Hex(JSON.stringify(old.payload))}`)
  const parsed = await parseBackup(text)
  expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual([])
}

describe('createBackupWriter', () => {
  it.each([1, 2, 1000])('writes the fixtures as serializeBackup does, pages of %i', (size) =>
    expectSameAsCreateBackup(fixtureTables(), size),
  )

  it('writes the demo office and an empty one byte for byte', async () => {
    await expectSameAsCreateBackup(demoTables(now), 7)
    await expectSameAsCreateBackup(emptyDataset(), 1)
  })

  // The long kind is a large file and the machine may be busy: a generous timeout, no speed check.
  it.each(HOSTILE_TEXT_KINDS)(
    'writes %s text byte for byte',
    (kind) => expectSameAsCreateBackup(hostileTables(kind, now), 3),
    120_000,
  )

  it('drops undefined fields and leaves out missing tables as createBackup does', async () => {
    const tables = fixtureTables()
    tables.contacts[0] = { ...tables.contacts[0]!, demo: undefined }
    const partial = { contacts: tables.contacts } as unknown as DatasetTables
    await expectSameAsCreateBackup(partial, 2)
  })

  it('gives the same file with a streaming checksum sink, which it feeds every compact byte', async () => {
    const tables = demoTables(now)
    const expected = backupText(await writeBackupTables(tables, options, 5))
    const inner = streamingSha256()
    let fed = 0
    const sink: Sha256Sink = {
      update: (chunk) => {
        fed += chunk.byteLength
        inner.update(chunk)
      },
      hex: () => inner.hex(),
    }
    const written = await writeBackupTables(tables, { ...options, sha256: sink }, 5)
    expect(backupText(written)).toBe(expected)
    const file = JSON.parse(expected) as { payload: unknown }
    expect(fed).toBe(new TextEncoder().encode(JSON.stringify(file.payload)).byteLength)
  })

  it('refuses tables out of order and rows after finish', async () => {
    const writer = createBackupWriter(options)
    writer.addRows('visits', [])
    expect(() => writer.addRows('settings', [])).toThrow(/settings after/)
    await writer.finish()
    expect(() => writer.addRows('gifts', [])).toThrow(/after finish/)
  })
})

describe('appendJson', () => {
  const textOf = (value: unknown): string => {
    const out = new Utf8Chunks()
    appendJson(value, out)
    return new TextDecoder().decode(Buffer.concat(out.flush()))
  }

  it('gives the text of JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(textOf(value)).toBe(JSON.stringify(value))
      }),
    )
  })

  it('follows JSON.stringify for undefined, holes, toJSON and lone surrogates', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = { a: undefined, b: [undefined, , 1], c: { d: new Date(0) }, e: '\ud800\u2028' }
    expect(textOf({ tables: value })).toBe(JSON.stringify({ tables: value }))
    expect(textOf(new Date(0))).toBe(JSON.stringify(new Date(0)))
  })
})
