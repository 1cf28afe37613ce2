import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/contract'
import type { AppLocation } from './appLocation'

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  windows: new Set<unknown>(),
}))

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
  BrowserWindow: {
    fromWebContents: (contents: unknown) =>
      electron.windows.has(contents) ? { id: 1, contents } : null,
  },
}))

const { handle, handleAll } = await import('./ipc')
const { createHandlers } = await import('./handlers')

const location: AppLocation = {
  kind: 'app',
  rendererDir: '/app/out/renderer',
  url: 'app://planner/index.html',
}

function ownPage(url = 'app://planner/index.html') {
  const mainFrame = { url }
  const sender = { mainFrame }
  electron.windows.add(sender)
  return { sender, senderFrame: mainFrame }
}

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const listener = electron.listeners.get(channel)
  if (!listener) throw new Error(`no listener for ${channel}`)
  return listener(event, ...args)
}

describe('handle', () => {
  const handler = vi.fn(async () => ({ status: 'cancelled' as const }))

  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)

  beforeEach(() => {
    warn.mockClear()
    electron.listeners.clear()
    electron.windows.clear()
    handler.mockClear()
    handle('files:open-file', handler, location)
  })

  it('runs the handler with parsed arguments and the asking window', async () => {
    const event = ownPage()
    await expect(invoke('files:open-file', event, { filters: [] })).resolves.toEqual({
      status: 'cancelled',
    })
    expect(handler).toHaveBeenCalledWith(
      { filters: [] },
      { window: { id: 1, contents: event.sender } },
    )
  })

  it('refuses an iframe inside our page', async () => {
    const event = ownPage()
    const iframe = { url: 'app://planner/index.html' }
    await expect(
      invoke('files:open-file', { ...event, senderFrame: iframe }, { filters: [] }),
    ).rejects.toThrow('files:open-file: refused, the sender is not the main frame')
    expect(handler).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith('files:open-file: refused, the sender is not the main frame')
  })

  it('refuses a page that is not ours, a foreign WebContents and a vanished frame', async () => {
    await expect(
      invoke('files:open-file', ownPage('https://evil.test/'), { filters: [] }),
    ).rejects.toThrow(/not the app \(https:\/\/evil\.test\)/)
    const stranger = { mainFrame: { url: 'app://planner/index.html' } }
    await expect(
      invoke('files:open-file', { sender: stranger, senderFrame: stranger.mainFrame }, {}),
    ).rejects.toThrow(/not an app window/)
    await expect(
      invoke('files:open-file', { sender: ownPage().sender, senderFrame: null }, {}),
    ).rejects.toThrow(/frame is gone/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses bad arguments before the handler runs, naming the field', async () => {
    await expect(
      invoke('files:open-file', ownPage(), { filters: [], maxBytes: 'a lot' }),
    ).rejects.toThrow(/maxBytes: /)
    await expect(
      invoke('files:open-file', ownPage(), { filters: [], as: 'latin1' }),
    ).rejects.toThrow(/as: /)
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes the read mode through to the handler', async () => {
    await invoke('files:open-file', ownPage(), { filters: [], as: 'bytes' })
    expect(handler).toHaveBeenCalledWith({ filters: [], as: 'bytes' }, expect.anything())
  })
})

describe('handleAll', () => {
  it('registers every channel of the contract', () => {
    electron.listeners.clear()
    handleAll(
      createHandlers({
        filePorts: () => {
          throw new Error('not used')
        },
        appInfoPorts: {
          getName: () => 'x',
          getVersion: () => '1',
          getUserDataPath: () => '/u',
          platform: 'linux',
          versions: { node: '24' },
        },
        onLanguageChange: () => undefined,
        onMenuContextChange: () => undefined,
        originMovePorts: {
          readMarker: async () => null,
          writeMarker: async () => undefined,
          now: () => new Date(0),
        },
        snapshotPorts: {
          directory: '/u/backups',
          ensureDirectory: async () => undefined,
          writeFile: async () => undefined,
          listFiles: async () => [],
          removeFile: async () => undefined,
          now: () => new Date(),
        },
        backupFolderPorts: {
          directory: '/u/backups',
          ensureDirectory: async () => undefined,
          writeFile: async () => undefined,
          listFiles: async () => [],
          removeFile: async () => undefined,
          now: () => new Date(),
          readFile: async () => '',
          stat: async () => ({ size: 0, mtimeMs: 0 }),
        },
        onFinalBackupConfirmed: () => undefined,
      }),
      location,
    )
    expect([...electron.listeners.keys()].sort()).toEqual([...CHANNELS].sort())
  })
})
