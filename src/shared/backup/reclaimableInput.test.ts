import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isReclaimable, reclaimableBuffer, releaseBytes } from '../reclaimableBytes'
import { createBackup, serializeBackup } from './createBackup'
import { fixtureTables } from './fixtures'
import { parseBackup } from './parseBackup'
import { parseJsonBytes } from './parseJsonBytes'
import type { Sha256Sink } from './sha256Sink'
import { streamingSha256 } from './sha256Sink'

/**
 * Node's TextDecoder takes views of a resizable buffer; Chromium's throws, which is what the
 * Settings import meets. The tests decode as Chromium does, so a path that hands such a view
 * to TextDecoder fails here as it would in the app.
 */
class ChromiumTextDecoder extends TextDecoder {
  override decode(
    ...[input, options]: Parameters<InstanceType<typeof TextDecoder>['decode']>
  ): string {
    if (input && ArrayBuffer.isView(input) && isReclaimable(new Uint8Array(input.buffer))) {
      throw new TypeError('The provided ArrayBufferView value must not be resizable.')
    }
    return super.decode(input, options)
  }
}

function reclaimableBytesOf(text: string): Uint8Array {
  const plain = new TextEncoder().encode(text)
  const bytes = new Uint8Array(reclaimableBuffer(plain.length))
  bytes.set(plain)
  return bytes
}

const options = { appVersion: '1.0.0', now: new Date('2026-12-04T10:00:00.000Z') }

beforeEach(() => {
  vi.stubGlobal('TextDecoder', ChromiumTextDecoder)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a backup read into a reclaimable buffer', () => {
  it('parses as its plain bytes do, names and all, in batches of any size', async () => {
    const tables = fixtureTables()
    tables.contacts = tables.contacts.map((c) => ({ ...c, notes: 'Пётр 佐藤 ✓ '.repeat(500) }))
    const text = serializeBackup(await createBackup(tables, options))
    const expected = JSON.parse(text) as unknown
    expect(() => new TextDecoder().decode(reclaimableBytesOf('x'))).toThrow(TypeError)
    for (const batchBytes of [1, 300, undefined]) {
      expect(parseJsonBytes(reclaimableBytesOf(text), { batchBytes })).toEqual({
        ok: true,
        data: expected,
      })
    }
  })

  it('can be released once parsed, before the checksum is taken', async () => {
    const text = serializeBackup(await createBackup(fixtureTables(), options))
    const bytes = reclaimableBytesOf(text)
    const order: string[] = []
    const sha256 = (): Sha256Sink => {
      const sink = streamingSha256()
      return {
        update: (chunk) => {
          if (order.at(-1) !== 'hashed') order.push('hashed')
          sink.update(chunk)
        },
        hex: () => sink.hex(),
      }
    }
    const result = await parseBackup(bytes, {
      sha256,
      onParsed: () => {
        order.push(`parsed, ${bytes.length} bytes`)
        releaseBytes(bytes)
      },
    })
    const size = new TextEncoder().encode(text).length
    expect(order).toEqual([`parsed, ${size} bytes`, 'hashed'])
    expect(bytes.length).toBe(0)
    const fromText = await parseBackup(text)
    if (!result.ok || !fromText.ok) throw new Error('expected both to be accepted')
    expect(result.tables).toEqual(fromText.tables)
  })

  it('still says where a broken file stops being JSON', async () => {
    const text = '{\n  "format": "delegation-planner-backup",\n  "payload": [1, 2,, 3]\n}'
    let parsed = 0
    const result = await parseBackup(reclaimableBytesOf(text), { onParsed: () => parsed++ })
    expect(parsed).toBe(1)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'notJson', line: 3 })
  })
})
