import { describe, expect, it } from 'vitest'
import type { PlannerApi } from '@shared/contract'
import { acceptFromFilters, chooseImplementation, mimeTypeFor, sizeCheck } from './choose'

const fake = (platform: string): PlannerApi => ({
  saveFile: async () => ({ status: 'cancelled' }),
  openFile: async () => ({ status: 'cancelled' }),
  getAppInfo: async () => ({
    name: 'x',
    version: '0',
    platform,
    versions: { electron: '', chrome: '', node: '' },
    userDataPath: '',
  }),
  saveSnapshot: async () => ({ status: 'saved', path: `${platform}.json` }),
  setLanguage: async () => undefined,
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
