import { describe, expect, it, vi } from 'vitest'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import { openFile, saveFile } from './files'
import type { FilePorts } from './files'

const wordFilter = [{ name: 'Word', extensions: ['docx'] }]

function ports(overrides: Partial<FilePorts> = {}): FilePorts {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/a/briefing.docx' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/a/backup.json'] })),
    writeFile: vi.fn(async () => undefined),
    stat: vi.fn(async () => ({ size: 12, isFile: true })),
    readFile: vi.fn(async () => new TextEncoder().encode('{"ok":"ä"}')),
    ...overrides,
  }
}

describe('saveFile', () => {
  it('asks where to save with the suggested name and writes the content there', async () => {
    const fake = ports()
    const bytes = new Uint8Array([80, 75, 3, 4])
    const result = await saveFile(
      { suggestedName: 'briefing.docx', filters: wordFilter, content: bytes },
      fake,
    )
    expect(result).toEqual({ status: 'saved', path: '/home/a/briefing.docx' })
    expect(fake.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'briefing.docx',
      filters: wordFilter,
    })
    expect(fake.writeFile).toHaveBeenCalledWith('/home/a/briefing.docx', bytes)
  })

  it('writes nothing when the user cancels', async () => {
    for (const choice of [
      { canceled: true, filePath: '/home/a/x.txt' },
      { canceled: false, filePath: '' },
    ]) {
      const fake = ports({ showSaveDialog: vi.fn(async () => choice) })
      const result = await saveFile({ suggestedName: 'x.txt', filters: [], content: 'x' }, fake)
      expect(result).toEqual({ status: 'cancelled' })
      expect(fake.writeFile).not.toHaveBeenCalled()
    }
  })

  it('lets a write failure reach the renderer', async () => {
    const fake = ports({ writeFile: vi.fn(async () => Promise.reject(new Error('EACCES'))) })
    await expect(
      saveFile({ suggestedName: 'x.txt', filters: [], content: 'x' }, fake),
    ).rejects.toThrow('EACCES')
  })
})

describe('openFile', () => {
  it('reads the chosen file as UTF-8 text', async () => {
    const fake = ports()
    const result = await openFile({ filters: wordFilter }, fake)
    expect(result).toEqual({ status: 'opened', name: 'backup.json', text: '{"ok":"ä"}', size: 11 })
    expect(fake.showOpenDialog).toHaveBeenCalledWith({ filters: wordFilter })
  })

  it('drops a UTF-8 byte-order mark', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name;Ort')])
    const result = await openFile({ filters: [] }, ports({ readFile: vi.fn(async () => withBom) }))
    expect(result).toMatchObject({ status: 'opened', text: 'Name;Ort' })
  })

  it('hands over the bytes unchanged, and no text, when asked for bytes', async () => {
    // "Jürgen" in Windows-1252: not valid UTF-8, so text mode would lose the ü.
    const latin = new Uint8Array([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e])
    const fake = ports({ readFile: vi.fn(async () => latin) })
    const result = await openFile({ filters: [], as: 'bytes' }, fake)
    expect(result).toEqual({ status: 'opened', name: 'backup.json', bytes: latin, size: 6 })
    expect(result).not.toHaveProperty('text')
    const asText = await openFile({ filters: [], as: 'text' }, fake)
    expect(asText).toMatchObject({ status: 'opened', text: 'J\uFFFDrgen' })
    expect(asText).not.toHaveProperty('bytes')
  })

  it('refuses a too-large file in bytes mode too', async () => {
    const fake = ports({ stat: vi.fn(async () => ({ size: 2_000, isFile: true })) })
    expect(await openFile({ filters: [], maxBytes: 1_000, as: 'bytes' }, fake)).toMatchObject({
      status: 'too-large',
    })
    expect(fake.readFile).not.toHaveBeenCalled()
  })

  it('returns cancelled and reads nothing when the user cancels', async () => {
    const fake = ports({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) })
    expect(await openFile({ filters: [] }, fake)).toEqual({ status: 'cancelled' })
    expect(fake.stat).not.toHaveBeenCalled()
  })

  it('refuses a file over the limit from its size, before reading it', async () => {
    const fake = ports({ stat: vi.fn(async () => ({ size: 2_000, isFile: true })) })
    expect(await openFile({ filters: [], maxBytes: 1_000 }, fake)).toEqual({
      status: 'too-large',
      name: 'backup.json',
      size: 2_000,
      maxBytes: 1_000,
    })
    expect(fake.readFile).not.toHaveBeenCalled()
  })

  it('uses MAX_OPEN_FILE_BYTES when the renderer sets no limit', async () => {
    const size = MAX_OPEN_FILE_BYTES + 1
    const fake = ports({ stat: vi.fn(async () => ({ size, isFile: true })) })
    expect(await openFile({ filters: [] }, fake)).toMatchObject({
      status: 'too-large',
      maxBytes: MAX_OPEN_FILE_BYTES,
    })
  })

  it('refuses a file that grew past the limit between check and read', async () => {
    const fake = ports({
      stat: vi.fn(async () => ({ size: 5, isFile: true })),
      readFile: vi.fn(async () => new Uint8Array(20)),
    })
    expect(await openFile({ filters: [], maxBytes: 10 }, fake)).toMatchObject({
      status: 'too-large',
      size: 20,
    })
  })

  it('says so when the choice is not a regular file', async () => {
    const fake = ports({ stat: vi.fn(async () => ({ size: 0, isFile: false })) })
    await expect(openFile({ filters: [] }, fake)).rejects.toThrow('"backup.json" is not a file')
  })
})
