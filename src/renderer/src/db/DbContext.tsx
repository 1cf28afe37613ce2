import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { AppDB } from './AppDB'
import { createRepositories, type Repositories } from './repositories'

interface DbContextValue {
  db: AppDB
  repos: Repositories
}

const DbContext = createContext<DbContextValue | null>(null)

/** Makes one database and its repositories available to every screen below it. */
export function DbProvider({ db, children }: { db: AppDB; children: ReactNode }): ReactNode {
  const value = useMemo(() => ({ db, repos: createRepositories(db) }), [db])
  return <DbContext.Provider value={value}>{children}</DbContext.Provider>
}

function useDbContext(): DbContextValue {
  const value = useContext(DbContext)
  if (!value) throw new Error('useRepos/useDb must be used inside <DbProvider>')
  return value
}

export function useRepos(): Repositories {
  return useDbContext().repos
}

/** The database itself, for the few places that need more than the repositories (seeding, demo). */
export function useDb(): AppDB {
  return useDbContext().db
}
