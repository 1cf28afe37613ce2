import type { ScenarioSpec } from '../benchResults'

/** Scenarios of issue 11 whose harness is not built yet: reported as pending, with no number. */
export const PENDING: readonly { spec: ScenarioSpec; why: string }[] = [
  {
    spec: {
      id: 'B1',
      name: 'load the large set into IndexedDB (vs plain put loop)',
      unit: 'ms',
      target: 1.5,
      targetRule: 'ratioUnder',
    },
    why: 'Chromium harness with the interleaved put-loop floor not built yet',
  },
  {
    spec: {
      id: 'B2-visits',
      name: 'cold start → interactive visit list',
      unit: 'ms',
      target: 800,
      targetRule: 'under',
    },
    why: 'Chromium cold-start harness not built yet',
  },
  {
    spec: {
      id: 'B2-contacts',
      name: 'cold start → contact list',
      unit: 'ms',
      target: 800,
      targetRule: 'under',
    },
    why: 'Chromium cold-start harness not built yet',
  },
  {
    spec: {
      id: 'B3',
      name: 'contact search keystroke → painted, p95',
      unit: 'ms',
      target: 16.7,
      targetRule: 'under',
    },
    why: 'not yet wired into results.json; bench/contacts.bench.ts measures it separately',
  },
  {
    spec: {
      id: 'B4-worker',
      name: 'full briefing in the app’s worker',
      unit: 'ms',
      target: 150,
      targetRule: 'under',
    },
    why: 'needs the Chromium harness',
  },
  {
    spec: {
      id: 'B5-export',
      name: 'export of the large set',
      unit: 'ms',
      target: 5000,
      targetRule: 'under',
    },
    why: 'Chromium harness not built yet',
  },
  {
    spec: {
      id: 'B5-import',
      name: 'import of the large set',
      unit: 'ms',
      target: 5000,
      targetRule: 'under',
    },
    why: 'Chromium harness not built yet',
  },
]
