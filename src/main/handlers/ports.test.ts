import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const dialog = vi.hoisted(() => ({
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
}))
vi.mock('electron', () => ({
  dialog,
  app: {
    getName: () => 'Delegation Planner',
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/profiles/${name}`,
  },
}))

const {
  electronAppInfoPorts,
  electronBackupFolderPorts,
  electronFilePorts,
  electronSnapshotPorts,
  writeFileAtomically,
} = await import('./ports')
const { openFile, saveFile } = await import('./files')
const { getAppInfo } = await import('./appInfo')

/** Windows-1252 of text in the Latin-1 range (ä, ö, ü, ß, é …): one byte per character. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0x80 && code < 0xa0) throw new Error(`not in the fixture's range: ${char}`)
    if (code > 0xff) throw new Error(`not in the fixture's range: ${char}`)
    return code
  })
}

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planner-ports-'))
  dialog.showSaveDialog.mockReset()
  dialog.showOpenDialog.mockReset()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('electron file ports', () => {
  it('saves text as UTF-8 through the real file system, attached to the window', async () => {
    const target = join(dir, 'Besuch München.txt')
    const window = { id: 3 } as never
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await saveFile(
      { suggestedName: 'Besuch München.txt', filters: [], content: 'Grüße aus Berlin' },
      electronFilePorts(window),
    )
    expect(result).toEqual({ status: 'saved', path: target })
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'Besuch München.txt',
      filters: [],
    })
    expect(await readFile(target, 'utf8')).toBe('Grüße aus Berlin')
  })

  it('writes a backup handed over as UTF-8 chunks one after the other', async () => {
    const target = join(dir, 'backup.json')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const encoder = new TextEncoder()
    const content = ['{"a":', '"Grüße 佐藤 😀"', '}\n'].map((part) => encoder.encode(part))
    await saveFile({ suggestedName: 'backup.json', filters: [], content }, electronFilePorts(null))
    expect(await readFile(target, 'utf8')).toBe('{"a":"Grüße 佐藤 😀"}\n')
    expect(await readdir(dir)).toEqual(['backup.json'])
  })

  it('opens a single file, without a parent window when there is none', async () => {
    const source = join(dir, 'backup.json')
    await writeFile(source, '{"a":1}')
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] })
    const result = await openFile({ filters: [] }, electronFilePorts(null))
    expect(result).toEqual({ status: 'opened', name: 'backup.json', text: '{"a":1}', size: 7 })
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({ filters: [], properties: ['openFile'] })
  })

  it('reads a Windows-1252 vCard byte for byte in bytes mode', async () => {
    const card = 'BEGIN:VCARD\r\nN:Müller;Jürgen\r\nORG:Café Köln, Straße\r\nEND:VCARD\r\n'
    const bytes = windows1252(card)
    // The fixture is what Outlook writes: the platform's own Windows-1252 decoder reads it back.
    expect(new TextDecoder('windows-1252').decode(bytes)).toBe(card)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const source = join(dir, 'Müller.vcf')
    await writeFile(source, bytes)
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] })
    const result = await openFile({ filters: [], as: 'bytes' }, electronFilePorts(null))
    if (result.status !== 'opened' || !('bytes' in result)) throw new Error('expected bytes')
    expect(result.size).toBe(bytes.byteLength)
    expect([...result.bytes]).toEqual([...bytes])
  })

  it('refuses a too-large file by its size on disk', async () => {
    const source = join(dir, 'big.json')
    await writeFile(source, 'x'.repeat(100))
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] })
    expect(await openFile({ filters: [], maxBytes: 50 }, electronFilePorts(null))).toEqual({
      status: 'too-large',
      name: 'big.json',
      size: 100,
      maxBytes: 50,
    })
  })
})

describe('writeFileAtomically', () => {
  it('replaces an existing file whole and leaves no temporary file', async () => {
    const target = join(dir, 'backup.json')
    await writeFile(target, 'old')
    await writeFileAtomically(target, new Uint8Array([110, 101, 119]))
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['backup.json'])
  })

  it('keeps the old file and cleans up when the write fails', async () => {
    const target = join(dir, 'missing-dir', 'backup.json')
    await expect(writeFileAtomically(target, 'x')).rejects.toThrow(/ENOENT/)
    expect(await readdir(dir)).toEqual([])
  })
})

describe('electronAppInfoPorts', () => {
  it('reads name, version and the profile directory from the app', () => {
    const info = getAppInfo(electronAppInfoPorts())
    expect(info).toMatchObject({
      name: 'Delegation Planner',
      version: '0.1.0',
      platform: process.platform,
      userDataPath: '/profiles/userData',
    })
    expect(info.versions.node).toBe(process.versions.node)
  })
})

describe('the backups folder', () => {
  it('is fixed under user data, whatever the renderer does', () => {
    expect(electronSnapshotPorts().directory).toBe(join('/profiles/userData', 'backups'))
    expect(electronBackupFolderPorts().directory).toBe(join('/profiles/userData', 'backups'))
  })
})
