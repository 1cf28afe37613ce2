import type {
  AppInfo,
  OpenFileArgs,
  OpenFileResult,
  PlannerApi,
  SaveFileArgs,
  SaveFileResult,
  SaveSnapshotArgs,
  SaveSnapshotResult,
} from '@shared/contract'
import type { UiLanguage } from '@shared/model/common'
import { browserPlatform } from './browser'
import { chooseImplementation } from './choose'

/**
 * The renderer's only way to the operating system: window.planner in Electron, plain browser
 * APIs otherwise (the Playwright specs and `npm run preview:web` run the renderer in Chromium).
 */
function platform(): PlannerApi {
  return chooseImplementation(window.planner, browserPlatform)
}

export function isDesktop(): boolean {
  return window.planner !== undefined
}

export function saveFile(args: SaveFileArgs): Promise<SaveFileResult> {
  return platform().saveFile(args)
}

export function openFile(args: OpenFileArgs): Promise<OpenFileResult> {
  return platform().openFile(args)
}

export function getAppInfo(): Promise<AppInfo> {
  return platform().getAppInfo()
}

export function saveSnapshot(args: SaveSnapshotArgs): Promise<SaveSnapshotResult> {
  return platform().saveSnapshot(args)
}

export function setNativeLanguage(language: UiLanguage): Promise<void> {
  return platform().setLanguage(language)
}
