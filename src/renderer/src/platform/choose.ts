import type {
  FileFilter,
  OpenedBytes,
  OpenedText,
  OpenFileResult,
  PlannerImplementation,
} from '@shared/contract'
import { reclaimableBuffer } from '@shared/reclaimableBytes'

/** The Electron bridge when the preload exposed one, else the browser fallback. */
export function chooseImplementation(
  bridge: PlannerImplementation | undefined,
  fallback: PlannerImplementation,
): PlannerImplementation {
  return bridge ?? fallback
}

/** The `accept` attribute of a file input for dialog filters: ".json,.txt". */
export function acceptFromFilters(filters: readonly FileFilter[]): string {
  const extensions = new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e}`)))
  return [...extensions].join(',')
}

/** A file over the limit is refused before it is read; null means it may be read. */
export function sizeCheck(
  name: string,
  size: number,
  maxBytes: number | undefined,
): Extract<OpenFileResult, { status: 'too-large' }> | null {
  if (maxBytes === undefined || size <= maxBytes) return null
  return { status: 'too-large', name, size, maxBytes }
}

const MIME_BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  ics: 'text/calendar',
  vcf: 'text/vcard',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** The content type of a download, from the suggested file name. */
export function mimeTypeFor(fileName: string): string {
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

/**
 * Streams a file into a buffer that can be given back at once (`releaseBytes`). The chunks are
 * small and die young; one `arrayBuffer()` of the whole file would stay resident until the next
 * full collection, however early it was dropped.
 */
async function readReclaimable(file: Blob): Promise<Uint8Array> {
  const buffer = reclaimableBuffer(file.size)
  const target = new Uint8Array(buffer)
  let filled = 0
  const reader = file.stream().getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (filled + chunk.value.byteLength > target.length) {
      await reader.cancel()
      throw new Error('the file grew while it was read')
    }
    target.set(chunk.value, filled)
    filled += chunk.value.byteLength
  }
  return new Uint8Array(buffer, 0, filled)
}

/** The same two modes as main: UTF-8 text (a byte-order mark dropped), or the bytes unchanged. */
export async function readOpenedFile(
  file: Blob & { name: string },
  as: 'text' | 'bytes',
  reclaimable = false,
): Promise<OpenedText | OpenedBytes> {
  const opened = { status: 'opened', name: file.name, size: file.size } as const
  switch (as) {
    case 'text':
      return { ...opened, text: await file.text() }
    case 'bytes':
      if (reclaimable) return { ...opened, bytes: await readReclaimable(file) }
      return { ...opened, bytes: new Uint8Array(await file.arrayBuffer()) }
    default: {
      const never: never = as
      throw new Error(`unknown read mode ${String(never)}`)
    }
  }
}
