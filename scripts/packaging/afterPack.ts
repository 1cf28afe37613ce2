import { flipFuses } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import { electronBinaryPath, FUSES } from './builderConfig'

/** electron-builder's afterPack hook: flips the fuses of the packed Electron before signing. */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const binary = electronBinaryPath(context.electronPlatformName, context.appOutDir)
  await flipFuses(binary, FUSES)
  console.log(`afterPack: fuses set in ${binary}`)
}
