import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie'
import type { AppDB } from './AppDB'

/**
 * Counts writes to the database, so the automatic backup knows cheaply whether anything changed
 * since the last one: a DBCore middleware sees every put, add and delete, whichever repository or
 * operation made it, without reading any row.
 */
export type ChangeCounter = { count(): number }

export function countChanges(db: AppDB): ChangeCounter {
  let changes = 0
  db.use({
    stack: 'dbcore',
    name: 'changeCounter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: async (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
            const response = await table.mutate(request)
            changes += 1
            return response
          },
        }
      },
    }),
  })
  return { count: () => changes }
}
