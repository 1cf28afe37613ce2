import { existsSync, readFileSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import type { DatasetTables } from '@shared/model/tables'

/** Everything a command touches outside itself, so commands run in tests without a process. */
export type CliIo = {
  /** Each call writes one line. */
  stdout: (line: string) => void
  stderr: (line: string) => void
  readFile: (path: string) => Promise<string>
  /** The file as it is, for formats that come in other encodings than UTF-8 (vCards). */
  readBytes: (path: string) => Promise<Uint8Array>
  writeFile: (path: string, text: string) => Promise<void>
  /** Like writeFile, for files that are not text (a .docx). */
  writeBytes: (path: string, bytes: Uint8Array) => Promise<void>
  exists: (path: string) => Promise<boolean>
  now: () => Date
  env: Readonly<Record<string, string | undefined>>
  appVersion: string
}

/** What the commands build their data from; the real one is the demo generator. */
export type CliDeps = {
  buildSampleTables: (now: Date) => DatasetTables
}

/** The version in package.json, read at run time: shared code must not import JSON from the root. */
export function readAppVersion(packageJsonUrl: URL): string {
  const parsed = JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version?: unknown }
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0'
}

/** Writes beside the target and renames, so an interrupted run never leaves half a file. */
async function writeWhole(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    // The user named `path`; a message about the temporary name would only confuse.
    if (error instanceof Error) error.message = error.message.replaceAll(temporary, path)
    throw error
  }
}

export function createNodeIo(appVersion: string): CliIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, text) => writeWhole(path, text),
    writeBytes: (path, bytes) => writeWhole(path, bytes),
    exists: (path) => Promise.resolve(existsSync(path)),
    now: () => new Date(),
    env: process.env,
    appVersion,
  }
}
