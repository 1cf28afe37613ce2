import { describe, expect, it } from 'vitest'
import type { PlannerImplementation } from '@shared/contract'
import { browserPlatform } from './browser'
import {
  acceptFromFilters,
  chooseImplementation,
  mimeTypeFor,
  readOpenedFile,
  sizeCheck,
} from './choose'
import { isReclaimable, releaseBytes } from '@shared/reclaimableBytes'

// The browser fallback with another platform name: stays complete when the contract grows.
const fake = (platform: string): PlannerImplementation => ({
  ...browserPlatform,
  getAppInfo: async () => ({
    name: 'x',
    version: '0',
    platform,
    versions: { electron: '', chrome: '', node: '' },
    userDataPath: '',
  }),
})

describe('chooseImplementation', () => {
  it('prefers the Electron bridge and falls back to the browser', async () => {
    const bridge = fake('linux')
    const browser = fake('browser')
    expect(chooseImplementation(bridge, browser)).toBe(bridge)
    expect(chooseImplementation(undefined, browser)).toBe(browser)
    expect((await chooseImplementation(undefined, browser).getAppInfo()).platform).toBe('browser')
  })
})

describe('acceptFromFilters', () => {
  it('lists every extension once with a dot', () => {
    const filters = [
      { name: 'Backup', extensions: ['json'] },
      { name: 'Text', extensions: ['txt', 'json'] },
    ]
    expect(acceptFromFilters(filters)).toBe('.json,.txt')
    expect(acceptFromFilters([])).toBe('')
  })
})

describe('sizeCheck', () => {
  it('refuses files over the limit with the numbers the message needs', () => {
    expect(sizeCheck('big.json', 2001, 2000)).toEqual({
      status: 'too-large',
      name: 'big.json',
      size: 2001,
      maxBytes: 2000,
    })
  })

  it('lets files at or under the limit, or without a limit, through', () => {
    expect(sizeCheck('ok.json', 2000, 2000)).toBeNull()
    expect(sizeCheck('ok.json', 10 ** 9, undefined)).toBeNull()
  })
})

describe('mimeTypeFor', () => {
  it('knows the formats the app writes', () => {
    expect(mimeTypeFor('backup.JSON')).toBe('application/json')
    expect(mimeTypeFor('brief.docx')).toContain('wordprocessingml')
    expect(mimeTypeFor('noext')).toBe('application/octet-stream')
  })
})

describe('readOpenedFile', () => {
  // "Müller" in Windows-1252, as older Outlook writes vCards: the ü is 0xFC, invalid UTF-8.
  const latin = new Uint8Array([0x4e, 0x3a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0d, 0x0a])
  const file = new File([latin], 'kontakt.vcf')

  it('returns the exact bytes of a Windows-1252 file in bytes mode', async () => {
    const opened = await readOpenedFile(file, 'bytes')
    expect(opened).toMatchObject({ status: 'opened', name: 'kontakt.vcf', size: latin.length })
    if (!('bytes' in opened)) throw new Error('expected bytes')
    expect(opened.bytes).toBeInstanceOf(Uint8Array)
    expect([...opened.bytes]).toEqual([...latin])
    expect(opened).not.toHaveProperty('text')
  })

  it('decodes UTF-8 in text mode, which is why such files need bytes mode', async () => {
    const opened = await readOpenedFile(file, 'text')
    expect(opened).toMatchObject({ status: 'opened', text: 'N:M\uFFFDller\r\n' })
    const utf8 = new File([new TextEncoder().encode('N:Müller')], 'ok.vcf')
    expect(await readOpenedFile(utf8, 'text')).toMatchObject({ text: 'N:Müller' })
  })

  it('reads reclaimable bytes in pieces, equal to the file, that can be given back at once', async () => {
    // Several stream chunks: Blob streams hand out 64 KiB at a time.
    const big = new Uint8Array(200_000).map((_, i) => i % 251)
    const opened = await readOpenedFile(new File([big], 'backup.json'), 'bytes', true)
    if (!('bytes' in opened)) throw new Error('expected bytes')
    expect(opened.size).toBe(big.length)
    expect(isReclaimable(opened.bytes)).toBe(true)
    expect(opened.bytes.length).toBe(big.length)
    expect(opened.bytes.every((b, i) => b === big[i])).toBe(true)
    releaseBytes(opened.bytes)
    expect(opened.bytes.length).toBe(0)
    const plain = await readOpenedFile(file, 'bytes')
    expect('bytes' in plain && isReclaimable(plain.bytes)).toBe(false)
  })

  it('refuses a file that grew after its size was taken, rather than cut it short', async () => {
    const grown = Object.assign(new Blob(['0123456789']), { name: 'grown.json' })
    Object.defineProperty(grown, 'size', { value: 4 })
    await expect(readOpenedFile(grown, 'bytes', true)).rejects.toThrow('grew')
  })
})
