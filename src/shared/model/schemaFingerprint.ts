import { z } from 'zod'

/** What a table's row schema looks like, small enough to commit and compare. */
export interface TableFingerprint {
  /** The row's fields, sorted, for a reader of the snapshot. */
  fields: string[]
  /** FNV-1a over the schema's JSON Schema: changes with any type, format, limit or enum. */
  hash: string
}

function fnv1a(text: string): string {
  // Two 32-bit FNV-1a passes with different offsets make an accidental match unlikely enough.
  const pass = (offset: number): string => {
    let h = offset >>> 0
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    return h.toString(16).padStart(8, '0')
  }
  return pass(0x811c9dc5) + pass(0x050c5d1f)
}

/** JSON with object keys sorted, so the hash does not depend on the order fields were declared. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The fingerprint of one row schema; refinements (cross-field checks) are not part of it. */
export function tableFingerprint(schema: z.ZodType): TableFingerprint {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as {
    properties?: Record<string, unknown>
  }
  return { fields: Object.keys(json.properties ?? {}).sort(), hash: fnv1a(canonical(json)) }
}

export function tableFingerprints(
  schemas: Readonly<Record<string, z.ZodType>>,
): Record<string, TableFingerprint> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, tableFingerprint(schema)]),
  )
}
