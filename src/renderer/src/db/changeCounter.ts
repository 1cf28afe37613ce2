import type { AppDB } from './AppDB'
import { mutateMiddleware } from './mutateMiddleware'

/**
 * Counts writes to the database, so the automatic backup knows cheaply whether anything changed
 * since the last one: a DBCore middleware sees every put, add and delete, whichever repository or
 * operation made it, without reading any row.
 */
export type ChangeCounter = { count(): number }

export function countChanges(db: AppDB): ChangeCounter {
  let changes = 0
  db.use(
    mutateMiddleware('changeCounter', async (table, request) => {
      const response = await table.mutate(request)
      changes += 1
      return response
    }),
  )
  return { count: () => changes }
}
