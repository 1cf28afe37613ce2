import type { TableName } from '../model/tables'
import { SCHEMA_VERSION, TABLE_NAMES } from '../model/tables'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './format'
import { bufferedSha256, type Sha256Sink } from './sha256Sink'
import { Utf8Chunks } from './utf8Chunks'

export type BackupWriterOptions = {
  appVersion: string
  now: Date
  /** Takes the compact payload's bytes for the checksum; by default kept and hashed at the end. */
  sha256?: Sha256Sink
}

/** The finished file as UTF-8 chunks, in order, and what the header says. */
export type WrittenBackup = {
  parts: Array<Uint8Array<ArrayBuffer>>
  byteLength: number
  checksum: string
  counts: Record<TableName, number>
}

export interface BackupWriter {
  /**
   * Appends rows of `table`; tables come in TABLE_NAMES order (a table may be given in several
   * pages, one left out is written empty). Each row is stringified here, the caller may drop it.
   */
  addRows(table: TableName, rows: readonly unknown[]): void
  finish(): Promise<WrittenBackup>
}

// Indentation of serializeBackup (JSON.stringify(file, null, 2)): table keys sit at depth 3,
// rows at depth 4.
const TABLE_INDENT = ' '.repeat(6)
const ROW_INDENT = ' '.repeat(8)

/**
 * Writes a backup table page by table page, byte for byte what
 * `serializeBackup(createBackup(tables))` gives, without the whole file or payload ever being one
 * string or object: each row is stringified compactly for the checksum (the text of
 * JSON.stringify(payload)), handed chunk by chunk to the checksum's sink, and pretty for the file,
 * kept as UTF-8 chunks. JSON strings hold no raw line breaks, so indenting a row's pretty text is
 * a plain replace.
 */
export function createBackupWriter(options: BackupWriterOptions): BackupWriter {
  const sink = options.sha256 ?? bufferedSha256()
  const compact = new Utf8Chunks((chunk) => sink.update(chunk))
  const pretty = new Utf8Chunks()
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>
  let next = 0 // index in TABLE_NAMES of the first table not opened yet
  let open: TableName | null = null
  let finished = false

  compact.append(`{"schemaVersion":${SCHEMA_VERSION},"tables":{`)
  pretty.append(`{\n    "schemaVersion": ${SCHEMA_VERSION},\n    "tables": {`)

  const close = (): void => {
    if (open === null) return
    if (counts[open] === 0) pretty.append('[]')
    else pretty.append(`\n${TABLE_INDENT}]`)
    compact.append(']')
    open = null
  }
  const openUpTo = (table: TableName | null): void => {
    const until = table === null ? TABLE_NAMES.length : TABLE_NAMES.indexOf(table)
    if (until < next - 1 || (until === next - 1 && open !== table)) {
      throw new Error(`backup writer: ${String(table)} after ${TABLE_NAMES[next - 1] ?? 'start'}`)
    }
    while (next <= until && next < TABLE_NAMES.length) {
      close()
      const name = TABLE_NAMES[next] as TableName
      const comma = next === 0 ? '' : ','
      compact.append(`${comma}${JSON.stringify(name)}:[`)
      pretty.append(`${comma}\n${TABLE_INDENT}${JSON.stringify(name)}: `)
      open = name
      next++
    }
  }

  return {
    addRows(table, rows) {
      if (finished) throw new Error('backup writer: rows after finish')
      openUpTo(table)
      for (const row of rows) {
        const first = counts[table] === 0
        compact.append(first ? '' : ',')
        compact.append(JSON.stringify(row) ?? 'null')
        const text = JSON.stringify(row, null, 2) ?? 'null'
        pretty.append(first ? `[\n${ROW_INDENT}` : `,\n${ROW_INDENT}`)
        pretty.append(text.includes('\n') ? text.replaceAll('\n', `\n${ROW_INDENT}`) : text)
        counts[table]++
      }
    },
    async finish() {
      if (finished) throw new Error('backup writer: finished twice')
      finished = true
      openUpTo(null)
      close()
      compact.append('}}')
      pretty.append('\n    }\n  }\n}\n')
      compact.flush()
      const checksum = `sha256:${await sink.hex()}`
      const head = new TextEncoder().encode(
        [
          '{',
          `  "format": ${JSON.stringify(BACKUP_FORMAT)},`,
          `  "formatVersion": ${BACKUP_FORMAT_VERSION},`,
          `  "exportedAt": ${JSON.stringify(options.now.toISOString())},`,
          '  "app": {',
          `    "version": ${JSON.stringify(options.appVersion)}`,
          '  },',
          `  "checksum": ${JSON.stringify(checksum)},`,
          '  "payload": ',
        ].join('\n'),
      )
      const parts = [head, ...pretty.flush()]
      return { parts, byteLength: head.byteLength + pretty.byteLength, checksum, counts }
    },
  }
}

/** All tables of an in-memory set through the writer, `pageSize` rows at a time. */
export async function writeBackupTables(
  tables: Partial<Record<TableName, readonly unknown[]>>,
  options: BackupWriterOptions,
  pageSize = 1000,
): Promise<WrittenBackup> {
  const writer = createBackupWriter(options)
  for (const table of TABLE_NAMES) {
    const rows = tables[table] ?? []
    for (let start = 0; start < rows.length; start += pageSize) {
      writer.addRows(table, rows.slice(start, start + pageSize))
    }
  }
  return writer.finish()
}

/** The written file as one string, for the callers that hand text on (CLI, snapshot IPC). */
export function backupText(written: WrittenBackup): string {
  const decoder = new TextDecoder()
  return written.parts.map((part) => decoder.decode(part)).join('')
}
