import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
} from 'dexie'

/**
 * A DBCore middleware that sees every write (put, add, delete) of every table, whichever
 * repository or operation made it: `mutate` gets the table below and the request, and passes it on.
 */
export function mutateMiddleware(
  name: string,
  mutate: (
    table: DBCoreTable,
    request: DBCoreMutateRequest,
    tableName: string,
  ) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName)
        return { ...table, mutate: (request) => mutate(table, request, tableName) }
      },
    }),
  }
}
