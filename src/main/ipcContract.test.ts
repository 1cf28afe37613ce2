import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/contract'
import type { Channel } from '@shared/contract'
import type { AppLocation } from './appLocation'
import type { ChannelHandlers } from './ipc'

/**
 * Every channel of the contract, generated from it: the IPC helper refuses a foreign sender and a
 * bad argument before the handler runs, and only the contract's channels exist. The two tables
 * below are typed by the contract: a new channel without its entries fails to compile (and, should
 * the types be bypassed, the first test).
 */

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
    fromWebContents: (contents: unknown) => (electron.windows.has(contents) ? {} : null),
  },
}))

const { handleAll } = await import('./ipc')

const VALID_BACKUP = '2026-11-26_123005-120_auto.json'

/** One argument list per channel that its schema accepts. */
const VALID_ARGS: { readonly [C in Channel]: readonly unknown[] } = {
  'files:save-file': [{ suggestedName: 'briefing.docx', filters: [], content: 'x' }],
  'files:open-file': [{ filters: [{ name: 'JSON', extensions: ['json'] }] }],
  'app:get-info': [],
  'backups:save-snapshot': [{ reason: 'before-import', content: '{}' }],
  'backups:write-auto-backup': [{ content: '{}' }],
  'backups:list-backups': [],
  'backups:read-backup': [{ name: VALID_BACKUP }],
  'backups:find-backups': [{ id: '0b7a4a0e-3c1d-4f7e-9a51-2d7c5e8b9f10' }],
  'backups:confirm-final-backup': [],
  'app:set-language': ['de'],
  'menu:set-context': [{ visit: { id: 'v-tokyo', title: 'Tokio' } }],
  'app:get-origin-move': [],
  'app:finish-origin-move': [{ outcome: 'not-needed' }],
}

/**
 * At least one argument list per channel that must be refused; paths first, since nothing the
 * renderer sends may become a path.
 */
const BAD_ARGS: { readonly [C in Channel]: readonly [unknown[], ...unknown[][]] } = {
  'files:save-file': [
    [{ suggestedName: '../../.bashrc', filters: [], content: 'x' }],
    [{ suggestedName: 'C:\\Windows\\x.dll', filters: [], content: 'x' }],
    [{ suggestedName: 'a.docx', filters: [], content: { path: '/etc/passwd' } }],
    [{ suggestedName: 'a.docx', filters: [], content: 'x' }, '/etc/passwd'],
  ],
  'files:open-file': [
    [{ filters: [], maxBytes: 1e12 }],
    [{ filters: [{ name: 'x', extensions: ['../json'] }] }],
    ['/etc/passwd'],
  ],
  'app:get-info': [[{ path: '/' }], ['x']],
  'backups:save-snapshot': [
    [{ reason: '../../evil', content: '{}' }],
    [{ reason: 'before-import', content: '' }],
  ],
  'backups:write-auto-backup': [[{ content: 42 }], ['/tmp/x']],
  'backups:list-backups': [[{ directory: '/etc' }]],
  'backups:read-backup': [
    [{ name: '../../../etc/passwd' }],
    [{ name: `../${VALID_BACKUP}` }],
    [{ name: `/tmp/${VALID_BACKUP}` }],
    [{ name: 'notes.txt' }],
  ],
  'backups:find-backups': [[{ id: '../x' }], [{}]],
  'backups:confirm-final-backup': [[true]],
  'app:set-language': [['fr'], [{ language: 'de' }]],
  'menu:set-context': [
    [{ visit: { id: '', title: 'x' } }],
    [{ visit: { id: 'v1', title: 'x', path: '/etc/passwd' } }],
    [{ visit: { id: 'v1', title: 'x'.repeat(301) } }],
    [{}],
  ],
  'app:get-origin-move': [[{}]],
  'app:finish-origin-move': [
    [{ outcome: 'moved', backupName: '../../etc/passwd' }],
    [{ outcome: 'lost' }],
  ],
}

const location: AppLocation = {
  kind: 'app',
  rendererDir: '/app/out/renderer',
  url: 'app://planner/index.html',
}

function ownPage(url = 'app://planner/index.html'): unknown {
  const mainFrame = { url }
  const sender = { mainFrame }
  electron.windows.add(sender)
  return { sender, senderFrame: mainFrame }
}

const FOREIGN_SENDERS: readonly [string, () => unknown][] = [
  ['a remote page in our window', () => ownPage('https://evil.test/')],
  ['another local file', () => ownPage('file:///tmp/evil.html')],
  [
    'an iframe of our page',
    () => ({ ...(ownPage() as object), senderFrame: { url: location.url } }),
  ],
  [
    'a WebContents that is not our window',
    () => {
      const mainFrame = { url: 'app://planner/index.html' }
      return { sender: { mainFrame }, senderFrame: mainFrame }
    },
  ],
  ['a destroyed frame', () => ({ sender: {}, senderFrame: null })],
]

const handlers = Object.fromEntries(
  CHANNELS.map((channel) => [channel, vi.fn(async () => 'handled')]),
) as unknown as ChannelHandlers & Record<Channel, ReturnType<typeof vi.fn>>

function invoke(channel: string, event: unknown, args: readonly unknown[]): Promise<unknown> {
  const listener = electron.listeners.get(channel)
  if (!listener) throw new Error(`no listener for ${channel}`)
  return listener(event, ...args)
}

vi.spyOn(console, 'warn').mockImplementation(() => undefined)

beforeEach(() => {
  electron.listeners.clear()
  electron.windows.clear()
  for (const channel of CHANNELS) handlers[channel].mockClear()
  handleAll(handlers, location)
})

describe('the IPC helper, channel by channel', () => {
  it('has a valid and a bad argument for exactly the channels of the contract', () => {
    expect(Object.keys(VALID_ARGS).sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(BAD_ARGS).sort()).toEqual([...CHANNELS].sort())
  })

  it('registers only the channels of the contract: an unknown one has no handler', () => {
    expect([...electron.listeners.keys()].sort()).toEqual([...CHANNELS].sort())
    for (const unknown of ['files:delete-file', 'shell:open-path', 'app:eval', 'FILES:SAVE-FILE']) {
      expect(electron.listeners.has(unknown)).toBe(false)
    }
  })

  describe.each(CHANNELS)('%s', (channel) => {
    it('runs the handler for a valid argument from our page', async () => {
      await expect(invoke(channel, ownPage(), VALID_ARGS[channel])).resolves.toBe('handled')
      expect(handlers[channel]).toHaveBeenCalledOnce()
    })

    it.each(FOREIGN_SENDERS)('refuses %s', async (_name, sender) => {
      await expect(invoke(channel, sender(), VALID_ARGS[channel])).rejects.toThrow(
        new RegExp(`^${channel}: refused, `),
      )
      expect(handlers[channel]).not.toHaveBeenCalled()
    })

    it('refuses every bad argument, naming the channel', async () => {
      for (const args of BAD_ARGS[channel]) {
        await expect(invoke(channel, ownPage(), args), JSON.stringify(args)).rejects.toThrow(
          new RegExp(`^${channel}: invalid arguments — `),
        )
      }
      expect(handlers[channel]).not.toHaveBeenCalled()
    })
  })
})
