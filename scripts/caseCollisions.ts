/**
 * Paths that would collide on a case-insensitive disk (the default on macOS and Windows, where
 * most users are): git keeps both, the disk keeps one, and an import resolves to the wrong file.
 */
export type CaseCollision =
  /** Two files or folders whose paths differ only in case (`a/Form.ts`, `a/form.ts`). */
  | { kind: 'path'; paths: string[] }
  /**
   * Two modules in one folder that an extensionless import cannot tell apart on such a disk:
   * the same name up to case, with different script or JSON extensions (`cityForm.ts`,
   * `CityForm.tsx`).
   */
  | { kind: 'module'; paths: string[] }

/** The extensions a bundler tries for `import './name'`; `.d`, `.test` stay part of the name. */
const MODULE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.json'])

/** Groups of two or more distinct values that share a key, sorted for a stable report. */
function collidingGroups(values: Iterable<string>, keyOf: (value: string) => string): string[][] {
  const groups = new Map<string, Set<string>>()
  for (const value of values) {
    const key = keyOf(value)
    const group = groups.get(key) ?? new Set<string>()
    group.add(value)
    groups.set(key, group)
  }
  return [...groups.values()]
    .filter((group) => group.size > 1)
    .map((group) => [...group].sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
}

/** Every folder on the way to each file, and the file: folders collide too (`Src/` vs `src/`). */
function pathsAndFolders(paths: readonly string[]): Set<string> {
  const all = new Set<string>()
  for (const path of paths) {
    const parts = path.split('/')
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('/'))
  }
  return all
}

/** `src/a/CityForm.tsx` → `src/a/cityform`; undefined for files no import resolves by name. */
function moduleKey(path: string): string | undefined {
  const slash = path.lastIndexOf('/')
  const name = path.slice(slash + 1)
  const dot = name.lastIndexOf('.')
  if (dot <= 0 || !MODULE_EXTENSIONS.has(name.slice(dot).toLowerCase())) return undefined
  return (path.slice(0, slash + 1) + name.slice(0, dot)).toLowerCase()
}

/** The collisions among repository-relative paths with `/` separators (as `git ls-files` prints). */
export function findCaseCollisions(paths: readonly string[]): CaseCollision[] {
  const pathCollisions: CaseCollision[] = collidingGroups(pathsAndFolders(paths), (p) =>
    p.toLowerCase(),
  ).map((group) => ({ kind: 'path', paths: group }))

  const modules = paths.filter((p) => moduleKey(p) !== undefined)
  const moduleCollisions: CaseCollision[] = collidingGroups(modules, (p) => moduleKey(p) ?? '')
    // `a.ts` beside `A.ts` alone is already a path collision; say it once.
    .filter((group) => new Set(group.map((p) => p.toLowerCase())).size > 1)
    .map((group) => ({ kind: 'module', paths: group }))

  return [...pathCollisions, ...moduleCollisions]
}

/** One line per collision, for a failing test or a script's output. */
export function describeCaseCollisions(collisions: readonly CaseCollision[]): string {
  return collisions
    .map((c) => {
      switch (c.kind) {
        case 'path':
          return `differ only in case: ${c.paths.join(', ')}`
        case 'module':
          return `same module name in one folder: ${c.paths.join(', ')}`
        default: {
          const never: never = c
          return never
        }
      }
    })
    .join('\n')
}
