import type { AppInfo } from '@shared/contract'

export type AppInfoPorts = {
  getName(): string
  getVersion(): string
  getUserDataPath(): string
  platform: string
  versions: { electron?: string; chrome?: string; node: string }
}

export function getAppInfo(ports: AppInfoPorts): AppInfo {
  return {
    name: ports.getName(),
    version: ports.getVersion(),
    platform: ports.platform,
    versions: {
      electron: ports.versions.electron ?? '',
      chrome: ports.versions.chrome ?? '',
      node: ports.versions.node,
    },
    userDataPath: ports.getUserDataPath(),
  }
}
