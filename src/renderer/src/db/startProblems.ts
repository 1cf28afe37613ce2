import { SCHEMA_VERSION } from '@shared/model/tables'
import { AppDB } from './AppDB'
import { ensureSeeded } from './seed'

/**
 * Why the database could not be opened at start. The app then shows what happened and offers the
 * latest automatic backup; it never carries on with an empty database in its place.
 * - `newer-version`: a newer version of the app upgraded it; this one cannot read it.
 * - `unreadable`: the open or the first read failed (damaged files, a full or failing disk).
 * - `missing`: there is no database, but automatic backups exist (the profile was cleared).
 */
export type StartProblem =
  | { kind: 'newer-version'; found: number; supported: number }
  | { kind: 'unreadable'; errorName: string; message: string }
  | { kind: 'missing' }

export type OpenOutcome = { ok: true; db: AppDB } | { ok: false; problem: StartProblem }

// Dexie stores version n as IndexedDB version n * 10.
const DEXIE_VERSION_FACTOR = 10

/** The version an existing database has, without opening (and so without creating) it. */
export async function existingVersion(name: string): Promise<number | null | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined // cannot tell: open as usual
  const found = (await indexedDB.databases()).find((info) => info.name === name)
  return found ? (found.version ?? 0) / DEXIE_VERSION_FACTOR : null
}

export type OpenOptions = {
  /** Another window holds the database open at an older version; the open waits for it. */
  onBlocked(): void
  /** Whether automatic backups exist, asked only when there is no database at all. */
  hasBackups(): Promise<boolean>
  /** The user chose to start with an empty database although backups exist. */
  allowEmpty?: boolean
  /** Runs on the new database before it opens: middleware (db/changeCounter.ts) goes in here. */
  beforeOpen?(db: AppDB): void
}

function describe(error: unknown): { errorName: string; message: string } {
  if (error instanceof Error) {
    const inner = (error as { inner?: unknown }).inner
    const cause = inner instanceof Error ? ` (${inner.name}: ${inner.message})` : ''
    return { errorName: error.name, message: `${error.message}${cause}` }
  }
  return { errorName: 'Error', message: String(error) }
}

/**
 * Opens the app's database for the start. A database of a newer version is refused before Dexie
 * opens it: Dexie 4 would otherwise open it at its own version and add the stores it misses, and
 * the user would see an empty app on top of data a newer version wrote.
 */
export async function openForStart(name: string, options: OpenOptions): Promise<OpenOutcome> {
  let version: number | null | undefined
  try {
    version = await existingVersion(name)
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', ...describe(error) } }
  }
  if (version !== undefined && version !== null && version > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: { kind: 'newer-version', found: version, supported: SCHEMA_VERSION },
    }
  }
  if (version === null && !options.allowEmpty && (await options.hasBackups().catch(() => false))) {
    return { ok: false, problem: { kind: 'missing' } }
  }
  const db = new AppDB(name)
  db.on('blocked', () => options.onBlocked())
  options.beforeOpen?.(db)
  try {
    await db.open()
    await ensureSeeded(db)
    return { ok: true, db }
  } catch (error) {
    db.close()
    if (error instanceof Error && error.name === 'VersionError') {
      return {
        ok: false,
        problem: { kind: 'newer-version', found: version ?? Number.NaN, supported: SCHEMA_VERSION },
      }
    }
    return { ok: false, problem: { kind: 'unreadable', ...describe(error) } }
  }
}
