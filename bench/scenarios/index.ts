import { conflictsScenario } from './conflictsScenario'
import { briefingScenario } from './briefingScenario'
import { browserScenario } from './browserScenario'
import { bundleScenario } from './bundleScenario'
import { documentsScenario } from './documentsScenario'
import { firstPaintScenario } from './firstPaintScenario'
import type { ScenarioModule } from './scenario'

/** The scenarios that are built, cheapest first. */
export const SCENARIOS: readonly ScenarioModule[] = [
  conflictsScenario,
  briefingScenario,
  documentsScenario,
  bundleScenario,
  firstPaintScenario,
  browserScenario,
]
