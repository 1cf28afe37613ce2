import { describe, expect, it, vi } from 'vitest'
import { createHandlers } from '.'
import type { HandlerDeps } from '.'
import type { UiLanguage } from '@shared/model/common'
import type { FilePorts } from './files'

function deps(filePorts: Partial<FilePorts> = {}) {
  return {
    filePorts: vi.fn((_window: unknown): FilePorts => ({
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      writeFile: async () => undefined,
      stat: async () => ({ size: 0, isFile: true }),
      readFile: async () => new Uint8Array(),
      ...filePorts,
    })),
    appInfoPorts: {
      getName: () => 'Delegation Planner',
      getVersion: () => '0.1.0',
      getUserDataPath: () => '/tmp/profile',
      platform: 'linux',
      versions: { electron: '44.11.5', chrome: '152.0', node: '24.18.0' },
    },
    onLanguageChange: vi.fn((_language: UiLanguage) => undefined),
    originMovePorts: {
      readMarker: async () => null,
      writeMarker: async () => undefined,
      now: () => new Date(0),
    },
    snapshotPorts: {
      directory: '/tmp/profile/backups',
      ensureDirectory: async () => undefined,
      writeFile: vi.fn(async (_path: string, _data: string) => undefined),
      listFiles: async () => [],
      removeFile: async () => undefined,
      now: () => new Date('2026-11-26T12:00:00.000Z'),
    },
    backupFolderPorts: {
      directory: '/tmp/profile/backups',
      ensureDirectory: async () => undefined,
      writeFile: vi.fn(async (_path: string, _data: string) => undefined),
      listFiles: async () => ['2026-11-26_110000-000_auto.json'],
      removeFile: async () => undefined,
      now: () => new Date('2026-11-26T12:00:00.000Z'),
      readFile: async () => '{"payload":{"tables":{"contacts":[{}]}}}',
      stat: async () => ({ size: 42, mtimeMs: 1 }),
    },
    onFinalBackupConfirmed: vi.fn(),
    onMenuContextChange: vi.fn(),
  } satisfies HandlerDeps
}

describe('createHandlers', () => {
  it('reports the app info', async () => {
    const handlers = createHandlers(deps())
    expect(await handlers['app:get-info'](undefined, { window: null })).toEqual({
      name: 'Delegation Planner',
      version: '0.1.0',
      platform: 'linux',
      versions: { electron: '44.11.5', chrome: '152.0', node: '24.18.0' },
      userDataPath: '/tmp/profile',
    })
  })

  it('saves safety copies into the backups folder of the profile', async () => {
    const d = deps()
    const result = await createHandlers(d)['backups:save-snapshot'](
      { reason: 'before-import', content: '{}' },
      { window: null },
    )
    expect(result).toEqual({
      status: 'saved',
      path: '/tmp/profile/backups/2026-11-26_120000-000_before-import.json',
    })
    expect(d.snapshotPorts.writeFile).toHaveBeenCalledWith(result.path, '{}')
  })

  it('writes automatic backups, lists and reads them, and passes the last-backup answer on', async () => {
    const d = deps()
    const handlers = createHandlers(d)
    const written = await handlers['backups:write-auto-backup']({ content: '{}' }, { window: null })
    expect(written.path).toBe('/tmp/profile/backups/2026-11-26_120000-000_auto.json')
    expect(d.backupFolderPorts.writeFile).toHaveBeenCalledWith(written.path, '{}')
    const list = await handlers['backups:list-backups'](undefined, { window: null })
    expect(list).toEqual([
      expect.objectContaining({ kind: 'auto', size: 42, counts: { contacts: 1 } }),
    ])
    const read = await handlers['backups:read-backup'](
      { name: list[0]?.name ?? '' },
      { window: null },
    )
    expect(read).toMatchObject({ status: 'read', text: expect.stringContaining('contacts') })
    await handlers['backups:confirm-final-backup'](undefined, { window: null })
    expect(d.onFinalBackupConfirmed).toHaveBeenCalledTimes(1)
  })

  it('passes the language change on', async () => {
    const d = deps()
    await createHandlers(d)['app:set-language']('en', { window: null })
    expect(d.onLanguageChange).toHaveBeenCalledWith('en')
  })

  it('passes the open visit on to the menu', async () => {
    const d = deps()
    const context = { visit: { id: 'v-tokyo', title: 'Tokio' } }
    await createHandlers(d)['menu:set-context'](context, { window: null })
    expect(d.onMenuContextChange).toHaveBeenCalledWith(context)
  })

  it('opens file dialogs for the asking window', async () => {
    const d = deps()
    const window = { id: 7 } as never
    const handlers = createHandlers(d)
    expect(await handlers['files:open-file']({ filters: [] }, { window })).toEqual({
      status: 'cancelled',
    })
    expect(
      await handlers['files:save-file'](
        { suggestedName: 'a.txt', filters: [], content: 'a' },
        { window },
      ),
    ).toEqual({ status: 'cancelled' })
    expect(d.filePorts).toHaveBeenCalledWith(window)
  })
})
