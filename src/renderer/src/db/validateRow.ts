import type { z } from 'zod'
import { TABLE_SCHEMAS, type TableName, type TableRow } from '@shared/model/tables'
import { ValidationError } from '@shared/model/validation'

/**
 * Parses a row with its table's schema and returns what zod made of it (trimmed strings, unknown
 * keys dropped), so that what is stored is exactly what the schema describes.
 */
export function validateRow<T extends TableName>(table: T, row: unknown): TableRow<T> {
  // TABLE_SCHEMAS[T] is a union of schemas for a generic T; its output type is TableRow<T>.
  const schema = TABLE_SCHEMAS[table] as unknown as z.ZodType<TableRow<T>>
  const result = schema.safeParse(row)
  if (!result.success) throw new ValidationError(table, result.error.issues)
  return result.data
}
