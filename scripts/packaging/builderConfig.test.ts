import { readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import type { Configuration } from 'electron-builder'
import { describe, expect, it, vi } from 'vitest'
import { APP_ID, builderConfig, electronBinaryPath, FUSES, PRODUCT_NAME } from './builderConfig'

const root = join(import.meta.dirname, '../..')
const config = builderConfig(vi.fn(async () => undefined))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>

// electron-builder's own schema check, as `npm run dist` runs it before building anything.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'))
const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>
}
const { DebugLogger } = builderRequire('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown
}

describe('the installer configuration', () => {
  it("passes electron-builder's schema, which refuses an unknown option", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    const broken = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /^Invalid configuration object\. electron-builder/,
    )
  })

  it('keeps appId and productName, which the installed app and its data folder depend on', () => {
    // Written out on purpose: changing them here must be a decision (see builderConfig.ts).
    expect(APP_ID).toBe('de.delegationplanner.app')
    expect(PRODUCT_NAME).toBe('Delegation Planner')
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
    expect(pkg['productName']).toBe(PRODUCT_NAME)
  })

  it('builds NSIS, dmg, AppImage and deb', () => {
    const targets = (platform: unknown): string[] =>
      (platform as { target: { target: string }[] }).target.map((t) => t.target)
    expect(targets(config.win)).toEqual(['nsis'])
    expect(targets(config.mac)).toEqual(['dmg'])
    expect(targets(config.linux)).toEqual(['AppImage', 'deb'])
  })

  it('takes the icons from resources/, and they exist', () => {
    const icons = [config.win?.icon, config.mac?.icon, config.linux?.icon]
    for (const icon of icons) {
      expect(icon).toMatch(/^resources\//)
      expect(existsSync(join(root, String(icon))), String(icon)).toBe(true)
    }
    expect(existsSync(join(root, 'resources/icons/512x512.png'))).toBe(true)
  })

  it('packs only the built app into an asar, and runs the fuse hook after packing', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/**/*', 'package.json'])
    expect(pkg['main']).toMatch(/^\.\/out\//)
    expect(typeof config.afterPack).toBe('function')
  })

  it('keeps the user data when the app is uninstalled', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })
})

describe('the fuses', () => {
  it('turn off Node-as-a-tool, NODE_OPTIONS and --inspect; load only a checked asar', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
  })

  it('give file:// pages no extra privileges: the app is served from app://planner', () => {
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('decide every fuse of the wire, so a new one fails the packaging', () => {
    expect(FUSES.strictlyRequireAllFuses).toBe(true)
    const options = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    for (const option of options) expect(typeof FUSES[option], String(option)).toBe('boolean')
  })

  it('are flipped in the Electron binary of each platform', () => {
    expect(electronBinaryPath('win32', '/o')).toBe(join('/o', 'Delegation Planner.exe'))
    expect(electronBinaryPath('darwin', '/o')).toBe(join('/o', 'Delegation Planner.app'))
    expect(electronBinaryPath('linux', '/o')).toBe(join('/o', 'delegation-planner'))
    expect(config.linux?.executableName).toBe('delegation-planner')
    expect(() => electronBinaryPath('aix', '/o')).toThrow('no fuses for the platform "aix"')
  })
})
