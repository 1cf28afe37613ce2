import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The repository's own eslint.config.js, run on planted files: each forbidden import must fail
// for the reason the layer gives, and each allowed form must pass.
const root = join(import.meta.dirname, '..', '..')
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax'])

// Type information only slows the layer rules down (a planted file is in no tsconfig either);
// the type-aware rules get their own test below, on a file that is.
const untyped = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
})

/** The layer errors (and parse failures) ESLint reports for `code` as if it were `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await untyped.lintText(code, { filePath: join(root, filePath) })
  return (result?.messages ?? [])
    .filter((m) => m.fatal === true || (m.ruleId !== null && LAYER_RULES.has(m.ruleId)))
    .map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

type Case = [where: string, code: string, because: string]

const forbidden: Case[] = [
  [
    'src/shared/planted.ts',
    "import { useState } from 'react'\nexport const x = useState",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/planted.ts',
    "import { createRoot } from 'react-dom/client'\nexport const x = createRoot",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/model/planted.ts',
    "import { Dexie } from 'dexie'\nexport const x = Dexie",
    'Dexie lives only in src/renderer/src/db',
  ],
  [
    'src/shared/planted.ts',
    "import { app } from 'electron'\nexport const x = app",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/domain/planted.ts',
    "import { readFileSync } from 'node:fs'\nexport const x = readFileSync",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/planted.ts',
    "import { join } from 'path'\nexport const x = join",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/backup/planted.ts',
    "import { useRepos } from '@renderer/db/DbContext'\nexport const x = useRepos",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/planted.ts',
    "import { handle } from '../main/ipc'\nexport const x = handle",
    'src/shared runs everywhere',
  ],
  [
    'src/shared/model/migrations/planted.ts',
    "import { x } from '../../../cli/run'\nexport const y = x",
    'src/shared runs everywhere',
  ],
  [
    'src/renderer/src/components/Planted.tsx',
    "import { useLiveQuery } from 'dexie-react-hooks'\nexport const x = useLiveQuery",
    'Dexie lives only in src/renderer/src/db',
  ],
  [
    'src/renderer/src/features/contacts/Planted.tsx',
    "import { Dexie } from 'dexie'\nexport const x = Dexie",
    'Dexie lives only in src/renderer/src/db',
  ],
  [
    'src/main/planted.ts',
    "import { Dexie } from 'dexie'\nexport const x = Dexie",
    'Dexie lives only in src/renderer/src/db',
  ],
  [
    'src/main/window.ts',
    "import { ipcMain } from 'electron'\nexport const x = ipcMain",
    'Only src/main/ipc.ts touches ipcMain',
  ],
  [
    'src/main/planted.ts',
    "import * as electron from 'electron'\nexport const x = electron.ipcMain",
    'Only src/main/ipc.ts touches ipcMain',
  ],
  [
    'src/preload/index.ts',
    "import { ipcMain } from 'electron'\nexport const x = ipcMain",
    'Only src/main/ipc.ts touches ipcMain',
  ],
  [
    'src/main/ipc.ts',
    "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer",
    'Only src/preload touches ipcRenderer',
  ],
  [
    'src/renderer/src/platform/planted.ts',
    "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer",
    'Only src/preload touches ipcRenderer',
  ],
  [
    'src/renderer/src/platform/planted.ts',
    "import { shell } from 'electron'\nexport const x = shell",
    'reaches the OS only through src/renderer/src/platform',
  ],
  [
    'src/renderer/src/features/cities/Planted.tsx',
    "import { readFile } from 'node:fs/promises'\nexport const x = readFile",
    'reaches the OS only through src/renderer/src/platform',
  ],
  [
    'src/renderer/src/features/contacts/Planted.tsx',
    "import { cityIdToChoice } from '@renderer/features/cities/cityChoice'\nexport const x = cityIdToChoice",
    'through its index.ts',
  ],
  [
    'src/renderer/src/features/contacts/Planted.tsx',
    "import { cityIdToChoice } from '../cities/cityChoice'\nexport const x = cityIdToChoice",
    'through its index.ts',
  ],
  [
    'src/renderer/src/features/visits/detail/Planted.tsx',
    "import { cityIdToChoice } from '../../cities/cityChoice'\nexport const x = cityIdToChoice",
    'through its index.ts',
  ],
  [
    'src/renderer/src/app/planted.ts',
    "import { CitiesPage } from '../features/cities/CitiesPage'\nexport const x = CitiesPage",
    'through its index.ts',
  ],
  [
    'src/renderer/src/app/planted.ts',
    "export const page = () => import('@renderer/features/cities/CitiesPage')",
    'through its index.ts',
  ],
]

const allowed: Case[] = [
  [
    'src/renderer/src/db/planted.ts',
    "import { Dexie } from 'dexie'\nexport const x = Dexie",
    'db/ owns Dexie',
  ],
  [
    'src/renderer/src/db/planted.ts',
    "import { useLiveQuery } from 'dexie-react-hooks'\nexport const x = useLiveQuery",
    'db/ owns Dexie',
  ],
  [
    'src/renderer/src/db/planted.test.ts',
    "import { readFileSync } from 'node:fs'\nimport { Dexie } from 'dexie'\nexport const x = [readFileSync, Dexie]",
    'tests read fixtures',
  ],
  [
    'src/renderer/src/features/contacts/Planted.tsx',
    "import { useCityOptions } from '@renderer/features/cities'\nexport const x = useCityOptions",
    'an index',
  ],
  [
    'src/renderer/src/features/contacts/Planted.tsx',
    "import { useCityOptions } from '../cities'\nexport const x = useCityOptions",
    'an index',
  ],
  [
    'src/renderer/src/features/visits/detail/Planted.tsx',
    "import { contactName } from '../common/names'\nexport const x = contactName",
    'the same feature',
  ],
  [
    'src/renderer/src/features/visits/detail/Planted.tsx',
    "import { useDb } from '@renderer/db/DbContext'\nexport const x = useDb",
    'the data layer',
  ],
  [
    'src/renderer/src/app/planted.ts',
    "export const page = () => import('@renderer/features/cities')",
    'an index',
  ],
  [
    'src/main/ipc.ts',
    "import { ipcMain } from 'electron'\nexport const x = ipcMain",
    'the one IPC file',
  ],
  [
    'src/preload/planted.ts',
    "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer",
    'the preload',
  ],
  [
    'src/main/planted.ts',
    "import { readFileSync } from 'node:fs'\nimport { app } from 'electron'\nexport const x = [readFileSync, app]",
    'main is Node and Electron',
  ],
  [
    'src/shared/domain/planted.ts',
    "import { z } from 'zod'\nimport { HOME } from '../model/common'\nimport { todayIn } from '@shared/dates'\nexport const x = [z, HOME, todayIn]",
    'inside src/shared',
  ],
  [
    'src/shared/backup/planted.test.ts',
    "import { readFileSync } from 'node:fs'\nexport const x = readFileSync",
    'tests read fixtures',
  ],
]

/** `src/shared/planted.ts: import { useState } from 'react'` — the file and the planted import. */
const titled = (
  cases: Case[],
): Array<{ title: string; where: string; code: string; because: string }> =>
  cases.map(([where, code, because]) => ({
    title: `${where}: ${code.split('\n')[0]}`,
    where,
    code,
    because,
  }))

describe('the layer rules of eslint.config.js', () => {
  it.each(titled(forbidden))('$title fails', async ({ where, code, because }) => {
    const errors = await layerErrors(where, code)
    expect(errors).not.toEqual([])
    expect(errors.join('\n')).toContain(because)
  })

  it.each(titled(allowed))('$title passes ($because)', async ({ where, code }) => {
    expect(await layerErrors(where, code)).toEqual([])
  })
})

describe('the type-aware rules of eslint.config.js', () => {
  it('catch a floating promise and a promise where a void callback belongs', async () => {
    // This file's own path: it belongs to tsconfig.node.json, so the project service has types.
    const typed = new ESLint({ cwd: root })
    const code = [
      'async function later(): Promise<void> {}',
      'later()',
      ';[1].forEach(async () => later())',
      'void later()',
      '',
    ].join('\n')
    const [result] = await typed.lintText(code, { filePath: import.meta.filename })
    const found = (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? 'fatal'}`)
    expect(found).toEqual([
      '2:@typescript-eslint/no-floating-promises',
      '3:@typescript-eslint/no-misused-promises',
    ])
  }, 60_000)
})
