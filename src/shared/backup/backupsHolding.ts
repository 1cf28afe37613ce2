import { parseBackupFileName } from './backupFiles'

/**
 * The backup files, by name, whose text holds a row id: for an erasure, the copies that still
 * hold the person. Ids are UUIDs, unique across tables and never escaped in JSON, so a plain text
 * search finds the person's own row and every row that points to them, without parsing. A file
 * that cannot be read is listed too: it may hold them, and the user should look.
 * Files are read one after the other, so a folder of large backups is never in memory at once.
 */
export async function backupsHolding(
  names: readonly string[],
  read: (name: string) => Promise<string>,
  id: string,
): Promise<string[]> {
  const holding: string[] = []
  for (const name of [...names].sort().reverse()) {
    if (!parseBackupFileName(name)) continue
    const text = await read(name).catch(() => null)
    if (text === null || text.includes(id)) holding.push(name)
  }
  return holding
}
