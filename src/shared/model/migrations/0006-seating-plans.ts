import type { RowMigration } from './rowMigration'

/**
 * Version 6: seating plans for meals, receptions and meetings (issue 10). A new table, which
 * starts empty, and a setting: companions (staff, press, security) are seated after everyone
 * else unless the office says otherwise, which is how plans were made by hand before. A value the
 * settings row already has is kept, so the migration is safe to run twice.
 */
export const seatingPlans: RowMigration = {
  toVersion: 6,
  rows: {
    settings: (row) => ({ ...row, companionSeating: row.companionSeating ?? 'last' }),
  },
  addedTables: ['seatingPlans'],
}
