import { describe, expect, it } from 'vitest'
import { languageFromEnv, parseCommandLine } from './commandLine'

describe('languageFromEnv', () => {
  it('prefers LC_ALL, then LC_MESSAGES, then LANG, and knows only German besides English', () => {
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de')
    expect(languageFromEnv({ LANG: 'de' })).toBe('de')
    expect(languageFromEnv({ LANG: 'de_AT@euro' })).toBe('de')
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en')
    expect(languageFromEnv({ LC_MESSAGES: 'de_CH.UTF-8', LANG: 'C' })).toBe('de')
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en')
    expect(languageFromEnv({ LANG: 'dek' })).toBe('en')
    expect(languageFromEnv({})).toBe('en')
  })
})

describe('parseCommandLine', () => {
  it('reads command, options and positionals in any order', () => {
    const result = parseCommandLine(['--lang', 'de', 'sample', '-o', 'x.json', '--force'], {})
    expect(result).toEqual({
      ok: true,
      line: {
        language: 'de',
        command: 'sample',
        args: [],
        options: { help: false, version: false, force: true, lang: 'de', out: 'x.json' },
      },
    })
    const later = parseCommandLine(['validate', 'a.json', '--lang=en'], { LANG: 'de_DE' })
    expect(later.ok && later.line).toMatchObject({ language: 'en', args: ['a.json'] })
  })

  it('takes a file name after -- even when it starts with a dash', () => {
    const result = parseCommandLine(['validate', '--', '-odd.json'], {})
    expect(result.ok && result.line.args).toEqual(['-odd.json'])
  })

  it('refuses unknown commands and options, options of another command, and bad values', () => {
    const problem = (argv: string[]): unknown => {
      const result = parseCommandLine(argv, {})
      return result.ok ? null : result.problem
    }
    expect(problem(['restore'])).toEqual({ key: 'unknownCommand', params: { command: 'restore' } })
    expect(problem(['validate', '--fast', 'a'])).toEqual({
      key: 'unknownOption',
      params: { option: '--fast' },
    })
    expect(problem(['validate', '--out', 'a'])).toMatchObject({ key: 'unknownOption' })
    expect(problem(['sample', '--out'])).toEqual({
      key: 'missingValue',
      params: { option: '--out' },
    })
    expect(problem(['sample', '--out', '--force'])).toMatchObject({ key: 'missingValue' })
    expect(problem(['sample', '--force=yes'])).toEqual({
      key: 'unexpectedValue',
      params: { option: '--force' },
    })
    expect(problem(['--lang', 'fr', 'sample'])).toEqual({
      key: 'badLanguage',
      params: { language: 'fr' },
    })
  })

  it('keeps the language of the environment for complaints made before --lang is known', () => {
    const result = parseCommandLine(['--lang', 'fr'], { LANG: 'de_DE.UTF-8' })
    expect(!result.ok && result.language).toBe('de')
    const ok = parseCommandLine(['--lang', 'en', 'nope'], { LANG: 'de_DE.UTF-8' })
    expect(!ok.ok && ok.language).toBe('en')
  })
})
