// The layers of DESIGN.md ("Layout") as ESLint blocks, so a forbidden import fails `npm run lint`
// instead of waiting for a reviewer. Built-in rules only: `no-restricted-imports` for what a
// folder may import, `no-restricted-syntax` for the IPC objects and for dynamic imports.
//
// Flat config does not merge the options of one rule across blocks: the last matching block
// wins. So every block below lists the complete set of restrictions for its files, built from
// the named sets, and the blocks run from the widest folder to the narrowest.
import { builtinModules } from 'node:module'

const SOURCES = '**/*.{js,mjs,cjs,ts,tsx}'
const TESTS = ['**/*.test.{ts,tsx}']
const RENDERER = 'src/renderer/src'
const DB = `${RENDERER}/db`
const IPC_FILE = 'src/main/ipc.ts'
const PRELOAD = 'src/preload/**'
/**
 * Relative paths are judged by how deep their file lies, one block per depth; deeper than any
 * folder in the tree. A file below it still gets every check except the relative ones.
 */
const MAX_DEPTH = 6

const SHARED_MESSAGE =
  'src/shared runs everywhere (renderer, main, Node CLI): pure TypeScript only.'
const DEXIE_MESSAGE = 'Dexie lives only in src/renderer/src/db: call a repository or a db/ hook.'
const FEATURE_MESSAGE =
  'Reach another feature through its index.ts (`@renderer/features/<name>`); ' +
  'inside a feature use relative paths.'

/** @typedef {{ paths?: object[], patterns?: object[] }} Restriction */

/** @type {Restriction} */
const REACT = {
  paths: ['react', 'react-dom'].map((name) => ({ name, message: SHARED_MESSAGE })),
  patterns: [
    {
      regex: '^(react|react-dom)/|^react-|^@fluentui/|^@tanstack/react-',
      message: SHARED_MESSAGE,
    },
  ],
}

/** @type {Restriction} */
const DEXIE = {
  paths: ['dexie', 'dexie-react-hooks'].map((name) => ({ name, message: DEXIE_MESSAGE })),
  patterns: [{ regex: '^dexie(-react-hooks)?/', message: DEXIE_MESSAGE }],
}

/** @type {(message: string) => Restriction} */
const electron = (message) => ({
  paths: [{ name: 'electron', message }],
  patterns: [{ regex: '^electron/', message }],
})

/** @type {(message: string) => Restriction} */
const node = (message) => ({
  paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message })),
  patterns: [{ regex: '^node:', message }],
})

/** @type {Restriction} */
const RENDERER_ALIAS = { patterns: [{ regex: '^@renderer(/|$)', message: SHARED_MESSAGE }] }

/**
 * A relative import that climbs out of src/shared from a file `depth` folders below it.
 * @type {(depth: number) => Restriction}
 */
const leavingShared = (depth) => ({
  patterns: [{ regex: `^(\\.\\./){${depth + 1}}`, message: SHARED_MESSAGE }],
})

/**
 * Another feature's inner file, by alias or by a path through `features/` (from anywhere).
 * @type {Restriction}
 */
const FEATURE_INNER = { patterns: [{ regex: '(^|/)features/[^/]+/.', message: FEATURE_MESSAGE }] }

/**
 * Another feature's inner file, relative from a file `depth` folders below its feature's root.
 * @type {(depth: number) => Restriction}
 */
const siblingFeatureInner = (depth) => ({
  patterns: [{ regex: `^(\\.\\./){${depth + 1}}[^./][^/]*/.`, message: FEATURE_MESSAGE }],
})

const PLATFORM_MESSAGE = 'Renderer code reaches the OS only through src/renderer/src/platform.'
const ELECTRON_IN_RENDERER = electron(PLATFORM_MESSAGE)
const NODE_IN_RENDERER = node(PLATFORM_MESSAGE)
const ELECTRON_IN_SHARED = electron(SHARED_MESSAGE)
const NODE_IN_SHARED = node(SHARED_MESSAGE)

/** @type {(...sets: Restriction[]) => ['error', { paths: object[], patterns: object[] }]} */
function restrict(...sets) {
  return [
    'error',
    {
      paths: sets.flatMap((s) => s.paths ?? []),
      patterns: sets.flatMap((s) => s.patterns ?? []),
    },
  ]
}

/**
 * The files exactly `depth` folders below `folder` whose names match `leaf`.
 * @type {(folder: string, depth: number, leaf?: string) => string}
 */
function atDepth(folder, depth, leaf = '*.{ts,tsx}') {
  return `${folder}/${'*/'.repeat(depth)}${leaf}`
}

const DEPTHS = Array.from({ length: MAX_DEPTH }, (_, depth) => depth)

/**
 * Two blocks: the folder's sources, and its tests, which run in Node and may also read fixtures
 * from disk (node built-ins), but keep every other restriction.
 * @type {(name: string, folder: string, depth: number | null, sources: Restriction[], nodeBuiltins: Restriction) => import('eslint').Linter.Config[]}
 */
function area(name, folder, depth, sources, nodeBuiltins) {
  const files = (/** @type {string} */ leaf) =>
    depth === null ? [`${folder}/**/${leaf}`] : [atDepth(folder, depth, leaf)]
  return [
    {
      name: `layers/${name}`,
      files: files('*.{ts,tsx}'),
      ignores: TESTS,
      rules: { 'no-restricted-imports': restrict(...sources, nodeBuiltins) },
    },
    {
      name: `layers/${name}-tests`,
      files: files('*.test.{ts,tsx}'),
      rules: { 'no-restricted-imports': restrict(...sources) },
    },
  ]
}

// ---- IPC: ipcMain only in src/main/ipc.ts, ipcRenderer only in src/preload ----------------

/** @type {(name: string, message: string) => object[]} */
function ipcObject(name, message) {
  return [
    `ImportDeclaration[source.value=/^electron/] > ImportSpecifier[imported.name='${name}']`,
    `ExportNamedDeclaration[source.value=/^electron/] > ExportSpecifier[local.name='${name}']`,
    `MemberExpression[property.name='${name}']`,
    `VariableDeclarator[init.callee.name='require'] > ObjectPattern > Property[key.name='${name}']`,
  ].map((selector) => ({ selector, message }))
}

const IPC_MAIN = ipcObject('ipcMain', 'Only src/main/ipc.ts touches ipcMain (sender check, zod).')
const IPC_RENDERER = ipcObject(
  'ipcRenderer',
  'Only src/preload touches ipcRenderer; the page calls window.planner through src/platform.',
)
// `lazy(() => import(…))` for routes: the same boundary as a static import.
const DYNAMIC_FEATURE_INNER = [
  {
    selector: 'ImportExpression[source.value=/(^|\\u002F)features\\u002F[^\\u002F]+\\u002F./]',
    message: FEATURE_MESSAGE,
  },
]

/** @type {(...lists: object[][]) => ['error', ...object[]]} */
function syntax(...lists) {
  return ['error', ...lists.flat()]
}

/** @type {import('eslint').Linter.Config[]} */
export const layers = [
  {
    name: 'layers/dexie-only-in-db',
    files: [SOURCES],
    ignores: [`${DB}/**`],
    rules: { 'no-restricted-imports': restrict(DEXIE) },
  },
  ...area(
    'renderer',
    RENDERER,
    null,
    [DEXIE, ELECTRON_IN_RENDERER, FEATURE_INNER],
    NODE_IN_RENDERER,
  ),
  ...area('db', DB, null, [ELECTRON_IN_RENDERER, FEATURE_INNER], NODE_IN_RENDERER),
  ...DEPTHS.flatMap((depth) =>
    area(
      `feature-depth-${depth}`,
      `${RENDERER}/features/*`,
      depth,
      [DEXIE, ELECTRON_IN_RENDERER, FEATURE_INNER, siblingFeatureInner(depth)],
      NODE_IN_RENDERER,
    ),
  ),
  ...area(
    'shared',
    'src/shared',
    null,
    [REACT, DEXIE, ELECTRON_IN_SHARED, RENDERER_ALIAS],
    NODE_IN_SHARED,
  ),
  ...DEPTHS.flatMap((depth) =>
    area(
      `shared-depth-${depth}`,
      'src/shared',
      depth,
      [REACT, DEXIE, ELECTRON_IN_SHARED, RENDERER_ALIAS, leavingShared(depth)],
      NODE_IN_SHARED,
    ),
  ),
  {
    name: 'layers/ipc',
    files: [SOURCES],
    ignores: [IPC_FILE, PRELOAD],
    rules: { 'no-restricted-syntax': syntax(IPC_MAIN, IPC_RENDERER) },
  },
  {
    name: 'layers/ipc-main',
    files: [IPC_FILE],
    rules: { 'no-restricted-syntax': syntax(IPC_RENDERER) },
  },
  {
    name: 'layers/ipc-preload',
    files: [PRELOAD],
    rules: { 'no-restricted-syntax': syntax(IPC_MAIN) },
  },
  {
    name: 'layers/renderer-dynamic-imports',
    files: [`${RENDERER}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-syntax': syntax(IPC_MAIN, IPC_RENDERER, DYNAMIC_FEATURE_INNER) },
  },
]
