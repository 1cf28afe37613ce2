/**
 * Pure helpers that put schema issues onto form fields. Forms hold strings (a list as "de, fr",
 * a number as "12"), so an issue deep inside a converted value belongs to the form field that
 * produced it: the issue path is followed through the form values only as far as they go.
 */

export type FieldMessage = { type: string; message: string }
export type IssueLike = { path: readonly PropertyKey[]; message: string; code?: string }

const isContainer = (node: unknown): node is Record<PropertyKey, unknown> =>
  typeof node === 'object' && node !== null

/** "phones.0.number", or "languages" for an issue at languages[2] when the form holds a string. */
export function fieldNameForPath(values: unknown, path: readonly PropertyKey[]): string {
  const names: string[] = []
  let node: unknown = values
  for (const segment of path) {
    if (!isContainer(node) || !(segment in node)) break
    names.push(String(segment))
    node = node[segment]
  }
  return names.length > 0 ? names.join('.') : 'root'
}

/** The first issue per field, with the message already in the user's language. */
export function issuesToFieldMessages<I extends IssueLike>(
  issues: readonly I[],
  values: unknown,
  describe: (issue: I) => string,
): Record<string, FieldMessage> {
  const result: Record<string, FieldMessage> = {}
  for (const issue of issues) {
    const name = fieldNameForPath(values, issue.path)
    if (!(name in result))
      result[name] = { type: issue.code ?? 'invalid', message: describe(issue) }
  }
  return result
}

/** react-hook-form's nested errors as a flat list in form order: [["addressForms.de.envelope", msg]]. */
export function flattenFieldErrors(errors: unknown, prefix = ''): Array<[string, string]> {
  if (!isContainer(errors)) return []
  if (typeof errors.message === 'string' && typeof errors.type === 'string') {
    return [[prefix || 'root', errors.message]]
  }
  const out: Array<[string, string]> = []
  for (const [key, child] of Object.entries(errors)) {
    // `ref` is the DOM element of the field, never an error.
    if (key === 'ref') continue
    out.push(...flattenFieldErrors(child, prefix ? `${prefix}.${key}` : key))
  }
  return out
}
