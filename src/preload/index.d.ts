import type { PlannerApi } from '@shared/contract'

declare global {
  interface Window {
    /** Present in the Electron app only; in a plain browser src/platform falls back. */
    planner?: PlannerApi
  }
}

export {}
