// `npm run dist [-- --win|--mac|--linux]`: packs the built app (run `npm run build` first; the
// npm script does) into the installers of the platform it runs on, or of the one named, in dist/.
// See README ("Installers") for what needs which machine.
import { build, Platform } from 'electron-builder'
import { afterPack } from './afterPack'
import { builderConfig } from './builderConfig'

const PLATFORMS: Record<string, Platform> = {
  '--win': Platform.WINDOWS,
  '--mac': Platform.MAC,
  '--linux': Platform.LINUX,
}
const flag = process.argv[2]
const platform = flag === undefined ? undefined : PLATFORMS[flag]
if (flag !== undefined && platform === undefined) {
  console.error(`dist: unknown option ${flag}; use --win, --mac or --linux`)
  process.exit(2)
}
await build({
  config: builderConfig(afterPack),
  publish: 'never',
  ...(platform ? { targets: platform.createTarget() } : {}),
})
