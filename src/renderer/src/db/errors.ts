import type { TableName } from '@shared/model/tables'

/**
 * Errors of the data layer that the UI shows to the user. Each carries an i18n key under `db.` and
 * its parameters, so the message reads in the user's language; `message` is the English fallback.
 */
export class RowNotFoundError extends Error {
  readonly table: TableName
  readonly id: string
  readonly messageKey = 'db.notFound'

  constructor(table: TableName, id: string) {
    super(`${table}: no row with id ${id}`)
    this.name = 'RowNotFoundError'
    this.table = table
    this.id = id
  }

  get params(): Record<string, string> {
    return { table: this.table, id: this.id }
  }
}

export interface RowUsage {
  table: TableName
  count: number
}

/** Refuses to hard-delete a row that other rows must point to (e.g. the city of a visit). */
export class RowInUseError extends Error {
  readonly table: TableName
  readonly id: string
  readonly usedBy: RowUsage[]
  readonly messageKey = 'db.inUse'

  constructor(table: TableName, id: string, usedBy: RowUsage[]) {
    super(
      `${table} ${id} is still used by ${usedBy.map((u) => `${u.count} ${u.table}`).join(', ')}`,
    )
    this.name = 'RowInUseError'
    this.table = table
    this.id = id
    this.usedBy = usedBy
  }

  /** A numeric count, so the text takes its plural form (db.inUse_one / _other). */
  get params(): Record<string, number> {
    return { count: this.usedBy.reduce((sum, u) => sum + u.count, 0) }
  }
}
