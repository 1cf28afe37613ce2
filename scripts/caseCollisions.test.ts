import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeCaseCollisions, findCaseCollisions } from './caseCollisions'

describe('findCaseCollisions', () => {
  it('finds two paths that differ only in case', () => {
    expect(findCaseCollisions(['docs/Guide.md', 'docs/guide.md', 'docs/other.md'])).toEqual([
      { kind: 'path', paths: ['docs/Guide.md', 'docs/guide.md'] },
    ])
  })

  it('finds folders that differ only in case, even when the files in them do not', () => {
    expect(findCaseCollisions(['src/Model/a.ts', 'src/model/b.ts'])).toEqual([
      { kind: 'path', paths: ['src/Model', 'src/model'] },
    ])
  })

  it('finds a module and its differently cased, differently typed twin in one folder', () => {
    const paths = [
      'src/features/cities/cityForm.ts',
      'src/features/cities/CityForm.tsx',
      'src/features/cities/CitiesPage.tsx',
    ]
    expect(findCaseCollisions(paths)).toEqual([
      {
        kind: 'module',
        paths: ['src/features/cities/CityForm.tsx', 'src/features/cities/cityForm.ts'],
      },
    ])
  })

  it('counts every script and JSON extension, and the same name with two extensions', () => {
    expect(findCaseCollisions(['a/x.ts', 'a/x.tsx'])).toEqual([
      { kind: 'module', paths: ['a/x.ts', 'a/x.tsx'] },
    ])
    expect(findCaseCollisions(['a/Data.json', 'a/data.mjs', 'a/DATA.cjs', 'a/data.jsx'])).toEqual([
      { kind: 'module', paths: ['a/DATA.cjs', 'a/Data.json', 'a/data.jsx', 'a/data.mjs'] },
    ])
  })

  it('keeps .test, .spec and .d as part of the name', () => {
    const paths = [
      'src/x.ts',
      'src/x.test.ts',
      'src/X.spec.tsx',
      'src/x.d.ts',
      'src/index.ts',
      'src/index.d.ts',
    ]
    expect(findCaseCollisions(paths)).toEqual([])
  })

  it('leaves alone files in different folders and files no import resolves by name', () => {
    const paths = [
      'a/form.ts',
      'b/Form.tsx',
      'c/logo.png',
      'c/Logo.svg',
      'c/README.md',
      'c/readme.txt',
    ]
    expect(findCaseCollisions(paths)).toEqual([])
  })

  it('reports a pair that collides both ways once, as a path collision', () => {
    expect(findCaseCollisions(['a/form.ts', 'a/Form.ts', 'a/FORM.tsx'])).toEqual([
      { kind: 'path', paths: ['a/Form.ts', 'a/form.ts'] },
      { kind: 'module', paths: ['a/FORM.tsx', 'a/Form.ts', 'a/form.ts'] },
    ])
    expect(findCaseCollisions(['a/form.ts', 'a/Form.ts'])).toEqual([
      { kind: 'path', paths: ['a/Form.ts', 'a/form.ts'] },
    ])
  })

  it('says what collides, one line each', () => {
    const text = describeCaseCollisions(
      findCaseCollisions(['a/B.ts', 'a/b.ts', 'c/d.ts', 'c/D.tsx']),
    )
    expect(text.split('\n')).toEqual([
      'differ only in case: a/B.ts, a/b.ts',
      'same module name in one folder: c/D.tsx, c/d.ts',
    ])
  })
})

const root = join(import.meta.dirname, '..')

describe('the files of this repository', () => {
  it.skipIf(!existsSync(join(root, '.git')))('never collide on a case-insensitive disk', () => {
    // Tracked files plus new ones not yet added, so a collision fails before it is committed;
    // files deleted from the work tree but not yet from the index no longer count.
    const listed = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    const paths = [...new Set(listed.split('\0'))].filter(
      (p) => p !== '' && existsSync(join(root, p)),
    )
    expect(paths.length).toBeGreaterThan(100)
    expect(describeCaseCollisions(findCaseCollisions(paths))).toBe('')
  })
})
