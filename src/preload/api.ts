import type { Channel, ChannelArgs, ChannelResult, PlannerApi } from '@shared/contract'

/** ipcRenderer.invoke narrowed to the contract; the only way the API reaches main. */
export type Invoke = <C extends Channel>(
  channel: C,
  ...args: ChannelArgs[C] extends undefined ? [] : [ChannelArgs[C]]
) => Promise<ChannelResult[C]>

/**
 * `window.planner`: one named function per channel. The renderer never gets ipcRenderer, so it
 * cannot send on channels of its choosing or listen to anything main does not offer.
 */
export function createPlannerApi(invoke: Invoke): PlannerApi {
  return {
    saveFile: (args) => invoke('files:save-file', args),
    openFile: (args) => invoke('files:open-file', args),
    getAppInfo: () => invoke('app:get-info'),
    saveSnapshot: (args) => invoke('backups:save-snapshot', args),
    setLanguage: (language) => invoke('app:set-language', language),
  }
}
