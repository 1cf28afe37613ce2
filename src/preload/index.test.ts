import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}))

await import('./index')

function exposedApi(): Record<string, (...args: unknown[]) => Promise<unknown>> {
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? []
  expect(key).toBe('planner')
  return api as Record<string, (...args: unknown[]) => Promise<unknown>>
}

describe('preload', () => {
  it('exposes exactly the named functions of the contract, never ipcRenderer', () => {
    const api = exposedApi()
    expect(Object.keys(api).sort()).toEqual([
      'getAppInfo',
      'openFile',
      'saveFile',
      'saveSnapshot',
      'setLanguage',
    ])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(electron.invoke)
  })

  it('sends each call on its own channel with its argument', async () => {
    const api = exposedApi()
    const save = { suggestedName: 'a.txt', filters: [], content: 'a' }
    const cases: [string, unknown[], unknown[]][] = [
      ['saveFile', [save], ['files:save-file', save]],
      ['openFile', [{ filters: [] }], ['files:open-file', { filters: [] }]],
      ['getAppInfo', [], ['app:get-info']],
      [
        'saveSnapshot',
        [{ reason: 'before-import', content: '{}' }],
        ['backups:save-snapshot', { reason: 'before-import', content: '{}' }],
      ],
      ['setLanguage', ['en'], ['app:set-language', 'en']],
    ]
    for (const [name, args, sent] of cases) {
      electron.invoke.mockClear()
      await expect(api[name]?.(...args)).resolves.toEqual({ echoed: sent })
      expect(electron.invoke).toHaveBeenCalledWith(...sent)
    }
  })
})
