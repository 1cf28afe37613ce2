import type { z } from 'zod'

/** Where a free-text field sits in a row: keys, and `*` for every element of an array. */
export type TextFieldPath = readonly string[]
export type TextField = { path: TextFieldPath; max: number }

/** Checks a free-text field may carry; a format, pattern or refinement makes it something else. */
const PLAIN_TEXT_CHECKS = new Set(['overwrite', 'min_length', 'max_length'])

type Def = {
  type: string
  checks?: { _zod: { def: { check: string; maximum?: number } } }[]
  format?: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

/**
 * Every free-text field of a schema, found by walking it, so a field added to a schema is covered
 * by the tests that fill every field (robust input, issue 12) without being listed anywhere.
 * A free-text field is a string with no format and no pattern: names, notes, places, themes.
 * Ids, dates, times, e-mail addresses, enums and codes are not typed freely and are left out.
 */
export function textFieldsOf(schema: z.ZodType, path: TextFieldPath = []): TextField[] {
  const def = defOf(schema)
  switch (def.type) {
    case 'string': {
      if (def.format) return []
      const checks = def.checks ?? []
      if (!checks.every((check) => PLAIN_TEXT_CHECKS.has(check._zod.def.check))) return []
      const maxima = checks.map((check) => check._zod.def.maximum ?? Infinity)
      return [{ path, max: Math.min(Infinity, ...maxima) }]
    }
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) =>
        textFieldsOf(field, [...path, key]),
      )
    case 'array':
      return def.element ? textFieldsOf(def.element, [...path, '*']) : []
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType ? textFieldsOf(def.innerType, path) : []
    case 'pipe': {
      // A date is a required string piped into a format: text only if both ends are.
      if (!def.in || !def.out) return []
      const inner = textFieldsOf(def.in, path)
      if (defOf(def.out).type === 'transform') return inner
      return textFieldsOf(def.out, path).length > 0 ? inner : []
    }
    default:
      return []
  }
}

/**
 * A copy of `row` with `value(field)` written into every free-text field the row has: array
 * elements that exist and object fields whose parent exists (an absent optional text is added).
 */
export function fillTextFields(
  row: unknown,
  fields: readonly TextField[],
  value: (field: TextField) => string,
): unknown {
  const copy: unknown = structuredClone(row)
  for (const field of fields) writeAt(copy, field.path, () => value(field))
  return copy
}

function writeAt(target: unknown, path: TextFieldPath, value: () => string): void {
  const [head, ...rest] = path
  if (head === undefined || target === null || typeof target !== 'object') return
  if (head === '*') {
    if (!Array.isArray(target)) return
    target.forEach((_element, index) => {
      if (rest.length === 0) {
        if (typeof target[index] === 'string') target[index] = value()
      } else writeAt(target[index], rest, value)
    })
    return
  }
  const record = target as Record<string, unknown>
  if (rest.length === 0) {
    if (record[head] === undefined || record[head] === null || typeof record[head] === 'string') {
      record[head] = value()
    }
    return
  }
  writeAt(record[head], rest, value)
}
