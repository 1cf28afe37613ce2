import { describe, expect, it } from 'vitest'
import { fixtureTables } from '@shared/backup/fixtures'
import { runCli } from './run'
import { fakeIo } from './testIo'

const deps = { buildSampleTables: fixtureTables }

describe('planner help, version and usage errors', () => {
  it('--help prints the overview and exits 0', async () => {
    const io = fakeIo()
    expect(await runCli(['--help'], io, deps)).toBe(0)
    const text = io.out.join('\n')
    expect(text).toContain('Usage: planner [--lang de|en] <command> [options]')
    expect(text).toContain('sample --out <file>')
    expect(text).toContain('validate <file>')
    expect(io.err).toEqual([])
  })

  it('each command has its own help, also through `planner help <command>`', async () => {
    for (const argv of [
      ['sample', '--help'],
      ['help', 'sample'],
      ['-h', 'sample'],
    ]) {
      const io = fakeIo()
      expect(await runCli(argv, io, deps)).toBe(0)
      expect(io.out.join('\n')).toContain('Usage: planner sample --out <file> [--force]')
    }
    const io = fakeIo()
    expect(await runCli(['validate', '--help'], io, deps)).toBe(0)
    expect(io.out.join('\n')).toContain('Usage: planner validate <file>')
  })

  it('speaks German with --lang de or a German LANG', async () => {
    const io = fakeIo()
    await runCli(['--lang', 'de', '--help'], io, deps)
    expect(io.out.join('\n')).toContain('Aufruf: planner [--lang de|en] <Befehl> [Optionen]')
    const fromEnv = fakeIo({}, { LANG: 'de_DE.UTF-8' })
    await runCli(['validate', '--help'], fromEnv, deps)
    expect(fromEnv.out.join('\n')).toContain('Prüft eine Sicherungsdatei')
  })

  it('--version prints the app version', async () => {
    const io = fakeIo()
    expect(await runCli(['--version'], io, deps)).toBe(0)
    expect(io.out).toEqual(['9.8.7'])
  })

  it.each([
    [[], 'No command given.', 'Usage: planner [--lang de|en]'],
    [['restore'], 'Unknown command “restore”.', 'Usage: planner [--lang de|en]'],
    [['help', 'restore'], 'Unknown command “restore”.', 'Usage: planner [--lang de|en]'],
    [['--frobnicate'], 'Unknown option “--frobnicate”.', 'Usage: planner [--lang de|en]'],
    [['sample', '-x'], 'Unknown option “-x”.', 'Usage: planner sample'],
    [['sample'], 'Say where to write the backup: --out <file>.', 'Usage: planner sample'],
    [['sample', '-o', 'a', 'b'], 'Unexpected argument “b”.', 'Usage: planner sample'],
    [['validate'], 'Name the backup file to check', 'Usage: planner validate'],
    [['validate', 'a', 'b'], 'Unexpected argument “b”.', 'Usage: planner validate'],
    [
      ['--lang', 'fr', 'validate'],
      'Unknown language “fr”: use de or en.',
      'Usage: planner validate',
    ],
  ])('%j is a usage error: exit 2 with message and usage', async (argv, message, usage) => {
    const io = fakeIo()
    expect(await runCli(argv, io, deps)).toBe(2)
    expect(io.err[0]).toContain(message)
    expect(io.err.join('\n')).toContain(usage)
    expect(io.out).toEqual([])
  })

  it('an unexpected failure is reported, not thrown, and exits 1', async () => {
    const io = fakeIo()
    const broken = {
      buildSampleTables: () => {
        throw new Error('generator exploded')
      },
    }
    expect(await runCli(['sample', '--out', '/tmp/x.json'], io, broken)).toBe(1)
    expect(io.err).toEqual([
      'Unexpected error: the command did not finish. Set the environment variable PLANNER_DEBUG=1 to see the technical details.',
    ])

    const debugging = fakeIo({}, { PLANNER_DEBUG: '1' })
    expect(await runCli(['sample', '--out', '/tmp/x.json'], debugging, broken)).toBe(1)
    expect(debugging.err[1]).toContain('Error: generator exploded')
    expect(debugging.err[1]).toContain('run.test.ts')
  })
})
