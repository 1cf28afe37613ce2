import { basename } from 'node:path'
import { MAX_OPEN_FILE_BYTES } from '@shared/contract'
import type {
  FileFilter,
  OpenFileArgs,
  OpenFileResult,
  SaveFileArgs,
  SaveFileResult,
} from '@shared/contract'

/** What the file handlers need from the OS; injected so the logic is tested without dialogs. */
export type FilePorts = {
  showSaveDialog(options: {
    defaultPath: string
    filters: FileFilter[]
  }): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(options: {
    filters: FileFilter[]
  }): Promise<{ canceled: boolean; filePaths: string[] }>
  /** Replaces the file as a whole or leaves it untouched. */
  writeFile(path: string, data: string | Uint8Array | readonly Uint8Array[]): Promise<void>
  stat(path: string): Promise<{ size: number; isFile: boolean }>
  readFile(path: string): Promise<Uint8Array>
}

export async function saveFile(args: SaveFileArgs, ports: FilePorts): Promise<SaveFileResult> {
  const choice = await ports.showSaveDialog({
    defaultPath: args.suggestedName,
    filters: args.filters,
  })
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
  await ports.writeFile(choice.filePath, args.content)
  return { status: 'saved', path: choice.filePath }
}

/**
 * The size is checked before reading, so a huge file is refused without loading it into memory;
 * it is checked again after reading in case the file grew in between. Text is decoded as UTF-8
 * (a byte-order mark is dropped, invalid bytes become U+FFFD, which the import then reports);
 * `as: 'bytes'` returns the file unchanged, for the caller to decode.
 */
export async function openFile(args: OpenFileArgs, ports: FilePorts): Promise<OpenFileResult> {
  const maxBytes = args.maxBytes ?? MAX_OPEN_FILE_BYTES
  const choice = await ports.showOpenDialog({ filters: args.filters })
  const path = choice.filePaths[0]
  if (choice.canceled || path === undefined) return { status: 'cancelled' }
  const name = basename(path)
  const info = await ports.stat(path)
  if (!info.isFile) throw new Error(`"${name}" is not a file`)
  if (info.size > maxBytes) return { status: 'too-large', name, size: info.size, maxBytes }
  const bytes = await ports.readFile(path)
  if (bytes.byteLength > maxBytes) {
    return { status: 'too-large', name, size: bytes.byteLength, maxBytes }
  }
  const opened = { status: 'opened', name, size: bytes.byteLength } as const
  if (args.as === 'bytes') return { ...opened, bytes }
  return { ...opened, text: new TextDecoder('utf-8').decode(bytes) }
}
