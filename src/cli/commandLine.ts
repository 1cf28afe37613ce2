import { parseArgs } from 'node:util'
import type { UiLanguage } from '@shared/model/common'

type OptionSpec = { type: 'string' | 'boolean'; short?: string }

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  version: { type: 'boolean' },
}

export const COMMAND_OPTIONS = {
  sample: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  validate: {},
  briefing: {
    out: { type: 'string', short: 'o' },
    visit: { type: 'string' },
    variant: { type: 'string' },
    person: { type: 'string' },
    sections: { type: 'string' },
    classification: { type: 'string' },
    'page-size': { type: 'string' },
  },
  ics: {
    out: { type: 'string', short: 'o' },
    visit: { type: 'string' },
    person: { type: 'string' },
  },
  conflicts: {
    visit: { type: 'string' },
    all: { type: 'boolean' },
  },
  // `vcard --version 3.0` takes a value here, unlike the global --version.
  vcard: {
    out: { type: 'string', short: 'o' },
    contact: { type: 'string' },
    version: { type: 'string' },
  },
  'import-vcard': { out: { type: 'string', short: 'o' }, 'on-duplicate': { type: 'string' } },
  dossier: {
    out: { type: 'string', short: 'o' },
    city: { type: 'string' },
    classification: { type: 'string' },
  },
  merge: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  report: { out: { type: 'string', short: 'o' }, year: { type: 'string' } },
  seating: { out: { type: 'string', short: 'o' }, item: { type: 'string' } },
  'place-cards': { out: { type: 'string', short: 'o' }, item: { type: 'string' } },
  letters: {
    out: { type: 'string', short: 'o' },
    visit: { type: 'string' },
    kind: { type: 'string' },
  },
} as const satisfies Record<string, Record<string, OptionSpec>>

export type CommandName = keyof typeof COMMAND_OPTIONS
export const COMMAND_NAMES = Object.keys(COMMAND_OPTIONS) as CommandName[]

export type CommandLine = {
  language: UiLanguage
  /** null: no command given; 'help': `planner help [command]`. */
  command: CommandName | 'help' | null
  /** Positional arguments after the command. */
  args: string[]
  options: {
    help: boolean
    version: boolean
    force: boolean
    /** `planner conflicts --all`; absent for every other command. */
    all?: boolean
    /** `planner vcard --contact <id>`, each time it is given, in order. */
    contacts?: string[]
    lang?: UiLanguage
  } & Partial<Record<StringOption, string>>
}

/** Where each string option's value goes in `options`; --lang is validated and kept apart. */
const STRING_OPTIONS = {
  out: 'out',
  visit: 'visit',
  variant: 'variant',
  person: 'person',
  sections: 'sections',
  classification: 'classification',
  'page-size': 'pageSize',
  version: 'vcardVersion',
  'on-duplicate': 'onDuplicate',
  city: 'city',
  year: 'year',
  item: 'item',
  kind: 'kind',
} as const
type StringOption = (typeof STRING_OPTIONS)[keyof typeof STRING_OPTIONS]

export type UsageProblem =
  | { key: 'badLanguage'; params: { language: string } }
  | { key: 'unknownCommand'; params: { command: string } }
  | { key: 'unknownOption' | 'missingValue' | 'unexpectedValue'; params: { option: string } }

export type CommandLineResult =
  | { ok: true; line: CommandLine }
  | { ok: false; language: UiLanguage; command: CommandName | null; problem: UsageProblem }

/** LC_ALL, then LC_MESSAGES, then LANG, as POSIX tools do; German only when it says German. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): UiLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^de([_.@-]|$)/i.test(locale) ? 'de' : 'en'
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_OPTIONS, name)
}

/**
 * Parses leniently first so that the command and --lang are known before any complaint, then
 * checks every option against what that command accepts, so messages are ours and translated.
 */
export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CommandLineResult {
  const allOptions: Record<string, OptionSpec> = {}
  for (const name of COMMAND_NAMES) Object.assign(allOptions, COMMAND_OPTIONS[name])
  // The global flags win, so `planner --version sample` does not read "sample" as a value.
  Object.assign(allOptions, GLOBAL_OPTIONS)
  const { tokens } = parseArgs({
    args: [...argv],
    options: allOptions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []))
  const [first, ...leadingArgs] = positionals
  const knownCommand = first !== undefined && isCommand(first) ? first : null

  let language = languageFromEnv(env)
  const fail = (problem: UsageProblem): CommandLineResult => ({
    ok: false,
    language,
    command: knownCommand,
    problem,
  })
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'lang') continue
    if (token.value !== 'de' && token.value !== 'en') {
      return fail({ key: 'badLanguage', params: { language: token.value ?? '' } })
    }
    language = token.value
  }
  if (first !== undefined && first !== 'help' && knownCommand === null) {
    return fail({ key: 'unknownCommand', params: { command: first } })
  }
  const command = first === 'help' ? 'help' : knownCommand

  const allowed: Record<string, OptionSpec> = {
    ...GLOBAL_OPTIONS,
    ...(knownCommand ? COMMAND_OPTIONS[knownCommand] : {}),
  }
  const options: CommandLine['options'] = { help: false, version: false, force: false }
  /** Positionals that are the value of a string option the lenient pass took for a flag. */
  const taken = new Set<number>()
  for (const [index, parsed] of tokens.entries()) {
    if (parsed.kind !== 'option') continue
    const option = parsed.rawName
    const spec = Object.hasOwn(allowed, parsed.name) ? allowed[parsed.name] : undefined
    const next = tokens[index + 1]
    const token =
      spec?.type === 'string' && parsed.value === undefined && next?.kind === 'positional'
        ? { ...parsed, value: next.value, inlineValue: false }
        : parsed
    if (token !== parsed && next) taken.add(next.index)
    if (!spec) return fail({ key: 'unknownOption', params: { option } })
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return fail({ key: 'unexpectedValue', params: { option } })
      if (token.name === 'help' || token.name === 'version' || token.name === 'force') {
        options[token.name] = true
      } else if (token.name === 'all') options.all = true
      continue
    }
    // Lenient parsing would take the next option as the value: `--out --force`.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      return fail({ key: 'missingValue', params: { option } })
    }
    if (token.name === 'lang') options.lang = language
    else if (token.name === 'contact') options.contacts = [...(options.contacts ?? []), token.value]
    else if (Object.hasOwn(STRING_OPTIONS, token.name)) {
      options[STRING_OPTIONS[token.name as keyof typeof STRING_OPTIONS]] = token.value
    }
  }
  const args =
    taken.size === 0
      ? leadingArgs
      : tokens
          .flatMap((t) => (t.kind === 'positional' && !taken.has(t.index) ? [t.value] : []))
          .slice(1)
  return { ok: true, line: { language, command, args, options } }
}
