import type { PlannerApi } from '@shared/contract'
import { browserPlatform } from './browser'
import { chooseImplementation } from './choose'
import { derivePlatform } from './derive'

/**
 * The renderer's only way to the operating system: window.planner in Electron, plain browser
 * APIs otherwise (the Playwright specs and `npm run preview:web` run the renderer in Chromium).
 * Every channel and event of the contract is a method here: `platform.saveFile(…)`,
 * `platform.onMenuCommand(…)`.
 */
export const platform: PlannerApi = derivePlatform(() =>
  chooseImplementation(window.planner, browserPlatform),
)

// Named for the screens that import them one by one; new channels are reached as `platform.x`.
export const { saveFile, openFile, getAppInfo, saveSnapshot } = platform

export function isDesktop(): boolean {
  return window.planner !== undefined
}
