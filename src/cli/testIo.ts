import type { CliIo } from './io'

export type FakeIo = CliIo & {
  out: string[]
  err: string[]
  files: Map<string, string>
  binaries: Map<string, Uint8Array>
}

/** An error as Node's fs functions throw it: an English message and a code. */
export function fsError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code })
}

/** An in-memory CliIo for tests: files in a Map, output collected line by line. */
export function fakeIo(files: Record<string, string> = {}, env: CliIo['env'] = {}): FakeIo {
  const out: string[] = []
  const err: string[] = []
  const store = new Map(Object.entries(files))
  const binaries = new Map<string, Uint8Array>()
  const refuseReadOnly = (path: string): void => {
    if (path.startsWith('/readonly/')) throw fsError('EACCES', `permission denied, open '${path}'`)
  }
  return {
    out,
    err,
    files: store,
    binaries,
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
    readFile: async (path) => {
      const text = store.get(path)
      if (text === undefined) throw fsError('ENOENT', `no such file, open '${path}'`)
      return text
    },
    readBytes: async (path) => {
      const bytes = binaries.get(path)
      if (bytes) return bytes
      const text = store.get(path)
      if (text === undefined) throw fsError('ENOENT', `no such file, open '${path}'`)
      return new TextEncoder().encode(text)
    },
    writeFile: async (path, text) => {
      refuseReadOnly(path)
      store.set(path, text)
    },
    writeBytes: async (path, bytes) => {
      refuseReadOnly(path)
      binaries.set(path, bytes)
    },
    exists: async (path) => store.has(path) || binaries.has(path),
    now: () => new Date('2026-02-01T12:00:00.000Z'),
    env,
    appVersion: '9.8.7',
  }
}
