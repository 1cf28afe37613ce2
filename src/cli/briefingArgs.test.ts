import { describe, expect, it } from 'vitest'
import { BRIEFING_SECTIONS } from '@shared/documents/briefingOptions'
import { readBriefingArgs, type BriefingArgsResult } from './briefingArgs'
import { parseCommandLine } from './commandLine'

const REQUIRED = ['b.json', '--visit', 'v1', '--lang', 'de', '--out', 'x.docx']

function read(...argv: string[]): BriefingArgsResult {
  const parsed = parseCommandLine(['briefing', ...argv], {})
  if (!parsed.ok) throw new Error(`not a command line: ${JSON.stringify(parsed.problem)}`)
  return readBriefingArgs(parsed.line)
}

const problem = (...argv: string[]): unknown => {
  const result = read(...argv)
  return result.ok ? null : result.problem
}

describe('parseCommandLine for briefing', () => {
  it('keeps every briefing option, --lang as given and -o for --out', () => {
    const parsed = parseCommandLine(
      [
        'briefing',
        'b.json',
        '--visit=v1',
        '--lang',
        'en',
        '-o',
        'x.docx',
        '--variant',
        'pocket',
        '--person',
        'c1',
        '--page-size',
        'a5',
        '--classification',
        'public',
      ],
      { LANG: 'de_DE.UTF-8' },
    )
    expect(parsed).toEqual({
      ok: true,
      line: {
        language: 'en',
        command: 'briefing',
        args: ['b.json'],
        options: {
          help: false,
          version: false,
          force: false,
          lang: 'en',
          out: 'x.docx',
          visit: 'v1',
          variant: 'pocket',
          person: 'c1',
          pageSize: 'a5',
          classification: 'public',
        },
      },
    })
  })

  it('refuses briefing options on other commands and --force on briefing', () => {
    const first = parseCommandLine(['validate', 'b.json', '--visit', 'v1'], {})
    expect(!first.ok && first.problem).toEqual({
      key: 'unknownOption',
      params: { option: '--visit' },
    })
    const second = parseCommandLine(['briefing', ...REQUIRED, '--force'], {})
    expect(!second.ok && second.problem).toEqual({
      key: 'unknownOption',
      params: { option: '--force' },
    })
    const third = parseCommandLine(['briefing', 'b.json', '--visit', '--lang', 'de'], {})
    expect(!third.ok && third.problem).toEqual({
      key: 'missingValue',
      params: { option: '--visit' },
    })
  })
})

describe('readBriefingArgs', () => {
  it('makes the full book in the language asked for by default, every section', () => {
    expect(read(...REQUIRED)).toEqual({
      ok: true,
      request: {
        backupPath: 'b.json',
        visitId: 'v1',
        out: 'x.docx',
        options: { lang: 'de', variant: 'full' },
      },
    })
  })

  it('reads sections, classification, person and page size into the builder options', () => {
    const full = read(
      ...REQUIRED,
      '--sections',
      ' days, cover,gifts ',
      '--classification',
      'confidential',
    )
    expect(full.ok && full.request.options).toEqual({
      lang: 'de',
      variant: 'full',
      sections: ['days', 'cover', 'gifts'],
      classification: 'confidential',
    })
    const pocket = read(...REQUIRED, '--variant', 'pocket', '--person', 'c1', '--page-size', 'A5')
    expect(pocket.ok && pocket.request.options).toEqual({
      lang: 'de',
      variant: 'pocket',
      personId: 'c1',
      pageSize: 'A5',
    })
    const readAhead = read(...REQUIRED, '--variant', 'read-ahead')
    expect(readAhead.ok && readAhead.request.options.variant).toBe('read-ahead')
  })

  it.each([
    [[], 'cli.briefing.missingBackup'],
    [['--visit', 'v1', '--lang', 'de', '--out', 'x.docx'], 'cli.briefing.missingBackup'],
    [['b.json', '--lang', 'de', '--out', 'x.docx'], 'cli.briefing.missingVisit'],
    [['b.json', '--visit', '', '--lang', 'de', '--out', 'x.docx'], 'cli.briefing.missingVisit'],
    [['b.json', '--visit', 'v1', '--out', 'x.docx'], 'cli.briefing.missingLang'],
    [['b.json', '--visit', 'v1', '--lang', 'de'], 'cli.briefing.missingOut'],
    [[...REQUIRED, '--variant', 'pocket', '--person='], 'cli.briefing.missingPerson'],
    [[...REQUIRED, '--sections', ' , '], 'cli.briefing.noSections'],
  ])('%j is wrong usage: %s', (argv, key) => {
    expect(problem(...argv)).toMatchObject({ exit: 'usage', key })
  })

  it('refuses a second positional argument as unexpected', () => {
    expect(problem(...REQUIRED, 'more.json')).toEqual({
      exit: 'usage',
      key: 'cli.unexpectedArgument',
      params: { argument: 'more.json' },
    })
  })

  it('names the bad value and the valid ones for variant, classification and page size', () => {
    expect(problem(...REQUIRED, '--variant', 'short')).toEqual({
      exit: 'usage',
      key: 'cli.briefing.badVariant',
      params: { variant: 'short', valid: 'full, read-ahead, pocket' },
    })
    expect(problem(...REQUIRED, '--classification', 'secret')).toEqual({
      exit: 'usage',
      key: 'cli.briefing.badClassification',
      params: { classification: 'secret', valid: 'public, internal, confidential' },
    })
    expect(problem(...REQUIRED, '--variant', 'pocket', '--page-size', 'a4')).toEqual({
      exit: 'usage',
      key: 'cli.briefing.badPageSize',
      params: { pageSize: 'a4', valid: 'a5, a6' },
    })
  })

  it('refuses options the variant would ignore', () => {
    expect(problem(...REQUIRED, '--person', 'c1')).toEqual({
      exit: 'usage',
      key: 'cli.briefing.onlyPocket',
      params: { option: '--person' },
    })
    expect(problem(...REQUIRED, '--variant', 'read-ahead', '--page-size', 'a5')).toEqual({
      exit: 'usage',
      key: 'cli.briefing.onlyPocket',
      params: { option: '--page-size' },
    })
    expect(problem(...REQUIRED, '--variant', 'pocket', '--sections', 'days')).toMatchObject({
      exit: 'usage',
      key: 'cli.briefing.onlyFull',
    })
  })

  it('fails on unknown section names, naming each and listing the valid ones', () => {
    expect(problem(...REQUIRED, '--sections', 'days,agenda,bios')).toEqual({
      exit: 'failure',
      key: 'cli.briefing.unknownSection',
      params: { count: 2, valid: BRIEFING_SECTIONS.join(', ') },
      unknownSections: ['agenda', 'bios'],
    })
  })
})
