import { PLANNER_METHODS } from '@shared/contract'
import type { PlannerApi, PlannerImplementation } from '@shared/contract'

/**
 * The renderer's platform functions, one per method of the contract, each forwarding to the
 * implementation current at call time (window.planner in Electron, the browser fallback else).
 */
export function derivePlatform(current: () => PlannerImplementation): PlannerApi {
  const api: Record<string, unknown> = {}
  for (const method of PLANNER_METHODS) {
    api[method] = (...args: unknown[]): unknown => {
      const target = current()[method] as (...forwarded: unknown[]) => unknown
      return target(...args)
    }
  }
  // Each method forwards unchanged, so the implementation's behaviour is the API's; the refined
  // signatures (openFile's text or bytes) describe what the implementations return.
  return api as PlannerApi
}
