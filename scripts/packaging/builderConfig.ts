import { join } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import type { FuseV1Config } from '@electron/fuses'
import type { AfterPackContext, Configuration } from 'electron-builder'

/**
 * The installers' configuration (electron-builder), as data so a test can read it. `npm run dist`
 * (dist.ts) builds with it; the afterPack hook (afterPack.ts) flips the fuses below.
 */

/**
 * Never change these two: Windows and macOS key the installation and the data folder to them
 * (%APPDATA%\Delegation Planner, ~/Library/Application Support/Delegation Planner), so a new
 * value would install a second app that does not see the user's data. package.json's productName
 * must be the same (Electron names the folder after it when the app runs).
 */
export const APP_ID = 'de.delegationplanner.app'
export const PRODUCT_NAME = 'Delegation Planner'
/** The Linux binary's name; the afterPack hook finds it by this name. */
export const LINUX_EXECUTABLE = 'delegation-planner'

/**
 * Every fuse of the V1 wire, set explicitly (`strictlyRequireAllFuses`: an Electron upgrade that
 * adds one fails the packaging until it is decided here). Off: running as plain Node, NODE_OPTIONS
 * and --inspect (each turns the signed app into a general-purpose Node); on: loading only from the
 * app.asar, whose integrity is checked; GrantFileProtocolExtraPrivileges off, since the page comes
 * from its own app:// origin (src/main/appProtocol.ts) and no file:// page needs more than a
 * browser would give it.
 */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  resetAdHocDarwinSignature: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies FuseV1Config

/** The Electron binary inside a packed app, where the fuses live. */
export function electronBinaryPath(platform: string, appOutDir: string): string {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${PRODUCT_NAME}.app`)
    case 'win32':
      return join(appOutDir, `${PRODUCT_NAME}.exe`)
    case 'linux':
      return join(appOutDir, LINUX_EXECUTABLE)
    default:
      throw new Error(`afterPack: no fuses for the platform "${platform}"`)
  }
}

export function builderConfig(
  afterPack: (context: AfterPackContext) => Promise<void>,
): Configuration {
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Delegation Planner',
    directories: { output: 'dist', buildResources: 'resources' },
    // The built app only: sources, tests and the node_modules of the renderer stay out (the
    // renderer is bundled; main and preload import nothing at run time but Electron and Node).
    files: ['out/**/*', 'package.json'],
    asar: true,
    npmRebuild: false,
    afterPack,
    win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'resources/icon.ico' },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      // The user's data (IndexedDB, backups) stays when the app is removed: it is not ours to drop.
      deleteAppDataOnUninstall: false,
    },
    mac: {
      target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
      icon: 'resources/icon.icns',
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    },
    dmg: { sign: false },
    linux: {
      target: [
        { target: 'AppImage', arch: ['x64'] },
        { target: 'deb', arch: ['x64'] },
      ],
      icon: 'resources/icons',
      executableName: LINUX_EXECUTABLE,
      category: 'Office',
      maintainer: 'Delegation Planner <security@delegationplanner.invalid>',
    },
    deb: { priority: 'optional' },
  }
}
