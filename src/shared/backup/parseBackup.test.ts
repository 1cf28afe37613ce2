import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '../model/tables'
import { payloadChecksum } from './checksum'
import { createBackup, serializeBackup } from './createBackup'
import { fixtureTables } from './fixtures'
import type { BackupError, BackupFile } from './format'
import { parseBackup } from './parseBackup'
import { streamingSha256, type Sha256Sink } from './sha256Sink'

const options = { appVersion: '0.1.0', now: new Date('2026-02-01T12:00:00.000Z') }

/** A backup whose file object the test may change; the checksum is recomputed unless told not. */
async function backupText(
  change: (file: BackupFile & Record<string, unknown>) => void = () => {},
  rehash = true,
): Promise<string> {
  const file = (await createBackup(fixtureTables(), options)) as BackupFile &
    Record<string, unknown>
  change(file)
  if (rehash) file.checksum = await payloadChecksum(file.payload)
  return serializeBackup(file)
}

/** The errors for the text, which the same file's UTF-8 bytes must get word for word. */
async function errorsOf(text: string, language: 'de' | 'en' = 'en'): Promise<BackupError[]> {
  const result = await parseBackup(text, { language })
  if (result.ok) throw new Error('expected the backup to be refused')
  const fromBytes = await parseBackup(new TextEncoder().encode(text), { language })
  expect(fromBytes).toEqual(result)
  // The Settings import hashes chunk by chunk (in a worker): the same answers.
  const streamed = await parseBackup(text, { language, sha256: streamingSha256 })
  expect(streamed).toEqual(result)
  return result.errors
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.length > 0 ? [path] : []
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]))
  }
  return []
}

describe('parseBackup reads the file as text or as its bytes', () => {
  it('gives the same tables, counts and header for both', async () => {
    const text = await backupText()
    const fromText = await parseBackup(text)
    expect(fromText.ok).toBe(true)
    expect(await parseBackup(new TextEncoder().encode(text))).toEqual(fromText)
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(await parseBackup(withBom)).toEqual(fromText)
  })
})

describe('parseBackup refuses what is not a backup', () => {
  it('names line, column and position of a JSON syntax error', async () => {
    const [error] = await errorsOf('{\n  "format": "delegation-planner-backup",\n  "x": }')
    expect(error).toMatchObject({ code: 'notJson', line: 3, column: 8, position: 50 })
    expect(error?.message).toContain('line 3, column 8')
    const [empty] = await errorsOf('')
    expect(empty?.code).toBe('notJson')
  })

  it('accepts a UTF-8 byte-order mark in front of the JSON', async () => {
    expect((await parseBackup(`\uFEFF${await backupText()}`)).ok).toBe(true)
  })

  it('refuses a wrong or missing format marker', async () => {
    const wrong = await errorsOf(await backupText((f) => (f.format = 'something-else' as never)))
    expect(wrong).toEqual([
      expect.objectContaining({ code: 'wrongFormat', found: 'something-else' }),
    ])
    expect(wrong[0]?.message).toContain('something-else')
    const missing = await errorsOf('{"hello":"world"}')
    expect(missing[0]).toMatchObject({ code: 'wrongFormat', found: null })
    expect((await errorsOf('[1,2,3]'))[0]?.code).toBe('wrongFormat')
    expect((await errorsOf('"text"'))[0]?.code).toBe('wrongFormat')
  })

  it('refuses an unsupported format version and says which are supported', async () => {
    const [error] = await errorsOf(await backupText((f) => (f.formatVersion = 2)))
    expect(error).toMatchObject({ code: 'unsupportedFormatVersion', found: '2', supported: [1] })
    expect(error?.message).toBe(
      'Backup format version 2 is not supported; this app reads version 1.',
    )
    const [asString] = await errorsOf(await backupText((f) => (f.formatVersion = '1' as never)))
    expect(asString?.code).toBe('unsupportedFormatVersion')
  })

  it('names each damaged header field', async () => {
    const errors = await errorsOf(
      await backupText((f) => {
        delete (f as Record<string, unknown>).formatVersion
        f.exportedAt = 'yesterday'
        f.checksum = 'md5:abc'
      }, false),
    )
    const paths = errors.map((e) => e.code === 'invalidHeader' && e.path)
    expect(paths).toEqual(['formatVersion', 'exportedAt', 'checksum'])
    expect(errors[1]?.message).toBe(
      'The backup header is damaged: exportedAt: must be an ISO 8601 date-time (UTC)',
    )
  })
})

describe('checksum', () => {
  it('refuses a payload nested too deeply to re-stringify, without throwing', async () => {
    const depth = 200_000
    const text = (await backupText()).replace(
      '"gifts": [',
      `"gifts": [${'['.repeat(depth)}${']'.repeat(depth)},`,
    )
    const errors = await errorsOf(text)
    expect(errors).toEqual([expect.objectContaining({ code: 'payloadUnreadable' })])
    expect(errors[0]?.message).toContain('nested too deeply')
  })

  it('refuses any one-character change of a string in any row', async () => {
    const original = await createBackup(fixtureTables(), options)
    const tables = TABLE_NAMES.filter((t) => original.payload.tables[t].length > 0)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tables),
        fc.nat(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
        async (table, pathPick, charPick, replacement) => {
          const file = structuredClone(original)
          const row = file.payload.tables[table][0] as unknown as Record<string, Json>
          const paths = stringPaths(row)
          const path = paths[pathPick % paths.length]!
          const parent = path.slice(0, -1).reduce<Json>((node, key) => {
            return (node as Record<string | number, Json>)[key]!
          }, row) as Record<string | number, Json>
          const key = path.at(-1)!
          const value = parent[key] as string
          const at = charPick % value.length
          const changed = value.slice(0, at) + replacement + value.slice(at + 1)
          fc.pre(changed !== value)
          parent[key] = changed
          const errors = await errorsOf(serializeBackup(file))
          const mismatch = errors.find((e) => e.code === 'checksumMismatch')
          expect(mismatch).toMatchObject({ expected: original.checksum })
        },
      ),
      { numRuns: 60 },
    )
  })

  it('reports expected and computed checksum for a changed number', async () => {
    const text = await backupText((f) => {
      f.payload.tables.partnerCities[0]!.partnerSince = 1988
    }, false)
    const errors = await errorsOf(text)
    expect(errors).toHaveLength(1)
    const [error] = errors
    expect(error?.code).toBe('checksumMismatch')
    if (error?.code !== 'checksumMismatch') return
    expect(error.expected).not.toBe(error.actual)
    expect(error.message).toContain(error.expected)
    expect(error.message).toContain('checksum does not match')
  })
})

describe('rows', () => {
  it('reports table, row index, id, field and message of an invalid row', async () => {
    const text = await backupText((f) => {
      f.payload.tables.contacts[0]!.familyName = '  '
    })
    const errors = await errorsOf(text)
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'invalidRow',
        table: 'contacts',
        index: 0,
        id: '33333333-3333-4333-8333-333333333333',
        path: 'familyName',
        issue: 'familyName: is required',
      }),
    ])
    expect(errors[0]?.message).toBe(
      'Table “contacts”, row 1 (id 33333333-3333-4333-8333-333333333333): familyName: is required',
    )
    const [german] = await errorsOf(text, 'de')
    expect(german?.message).toBe(
      'Tabelle „contacts“, Zeile 1 (ID 33333333-3333-4333-8333-333333333333): familyName: ist ein Pflichtfeld',
    )
  })

  it('reports nested field paths and rows without an id', async () => {
    const text = await backupText((f) => {
      const city = f.payload.tables.partnerCities[0] as unknown as Record<string, unknown>
      city.name = { de: 'Paris' }
      f.payload.tables.gifts.push(42 as never)
    })
    const errors = await errorsOf(text)
    expect(errors.map((e) => e.code === 'invalidRow' && [e.table, e.index, e.id, e.path])).toEqual([
      ['partnerCities', 0, '11111111-1111-4111-8111-111111111111', 'name.en'],
      ['gifts', 1, null, ''],
    ])
    expect(errors[1]?.message).toContain('row 2 (no id)')
  })

  it('reports all of 100 invalid rows', async () => {
    const text = await backupText((f) => {
      const template = f.payload.tables.followUps[0]!
      f.payload.tables.followUps = Array.from({ length: 100 }, (_, i) => ({
        ...template,
        id: crypto.randomUUID(),
        status: i % 2 === 0 ? 'someday' : 'open',
        what: i % 2 === 0 ? 'Dank' : '',
      })) as never
    })
    const errors = await errorsOf(text)
    expect(errors).toHaveLength(100)
    expect(new Set(errors.map((e) => e.code === 'invalidRow' && e.index)).size).toBe(100)
    expect(errors.filter((e) => e.code === 'invalidRow' && e.path === 'status')).toHaveLength(50)
  })

  it('refuses duplicate ids within a table and more than one settings row', async () => {
    const text = await backupText((f) => {
      f.payload.tables.contacts.push({ ...f.payload.tables.contacts[0]!, givenName: 'Zweite' })
      f.payload.tables.settings.push({ ...f.payload.tables.settings[0]! })
    })
    const errors = await errorsOf(text)
    expect(errors).toEqual([
      expect.objectContaining({ code: 'multipleSettings', count: 2 }),
      expect.objectContaining({ code: 'duplicateId', table: 'contacts', index: 1, firstIndex: 0 }),
    ])
  })

  it('treats missing tables as empty and refuses unknown ones', async () => {
    const missing = await parseBackup(
      await backupText((f) => {
        delete (f.payload.tables as Partial<typeof f.payload.tables>).gifts
      }),
    )
    expect(missing.ok && missing.tables.gifts).toEqual([])
    const unknown = await errorsOf(
      await backupText((f) => {
        ;(f.payload.tables as Record<string, unknown>).presents = []
      }),
    )
    expect(unknown).toEqual([expect.objectContaining({ code: 'unknownTable', table: 'presents' })])
    expect(unknown[0]?.message).toContain('known tables: settings, partnerCities')
  })

  it('refuses a table that is not a list', async () => {
    const errors = await errorsOf(
      await backupText((f) => {
        ;(f.payload.tables as Record<string, unknown>).visits = { a: 1 }
      }),
    )
    expect(errors).toEqual([expect.objectContaining({ code: 'tableNotArray', table: 'visits' })])
  })

  it('handles very large strings: a 1.9 MB photo and a 10,000-character biography', async () => {
    const photo = `data:image/png;base64,${'A'.repeat(1_900_000)}`
    const text = await backupText((f) => {
      f.payload.tables.contacts[0] = {
        ...f.payload.tables.contacts[0]!,
        biography: 'ä'.repeat(10_000),
      }
      f.payload.tables.contactPhotos[0] = { ...f.payload.tables.contactPhotos[0]!, photo }
    })
    const result = await parseBackup(text)
    expect(result.ok && result.tables.contactPhotos[0]?.photo).toBe(photo)
    const tooBig = await errorsOf(
      await backupText((f) => {
        f.payload.tables.contacts[0]!.biography = 'x'.repeat(10_001)
      }),
    )
    expect(tooBig[0]?.message).toContain('biography: is too long (at most 10000 characters)')
  })
})

describe('parseBackup with a checksum sink', () => {
  it('accepts a good file through the sink and gives the sink up afterwards', async () => {
    const closed: string[] = []
    const sink = (): Sha256Sink => {
      const inner = streamingSha256()
      return {
        update: (c) => inner.update(c),
        hex: () => inner.hex(),
        close: () => closed.push('x'),
      }
    }
    const text = await backupText()
    const result = await parseBackup(new TextEncoder().encode(text), { sha256: sink })
    expect(result).toEqual(await parseBackup(text))
    expect(result.ok).toBe(true)
    expect(closed).toEqual(['x'])
  })
})
