import { Packer, type File } from 'docx'
import { zipSync, type Zippable } from 'fflate'

type PartData = string | ArrayBuffer | ArrayBufferView

/**
 * docx's own compiler, which writes every part of the package. Its types call it private; Packer
 * holds it, and `Packer.pack` is nothing but this compiler and a zip of its parts.
 */
type PartCompiler = {
  compile(file: File, prettify: undefined, overrides: readonly never[]): Map<string, PartData>
}

/** Pictures are compressed already: deflating them again costs time and saves nothing. */
const STORED = /^word\/media\/.*\.(png|jpe?g|gif)$/i

const encoder = new TextEncoder()

function bytesOf(data: PartData): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array(data)
}

function compilerOf(packer: unknown): PartCompiler | null {
  const compiler = (packer as { compiler?: Partial<PartCompiler> }).compiler
  return typeof compiler?.compile === 'function' ? (compiler as PartCompiler) : null
}

/**
 * The document as DOCX bytes: the same parts, in the same order, as `Packer.toArrayBuffer`, but
 * the photos stored in the zip as they are instead of deflated a second time. In a fresh worker,
 * where all code runs cold, deflating the photos was the largest part of packing a briefing. Where
 * docx holds no compiler any more (another version), it packs as docx does.
 */
export async function packDocx(document: File): Promise<Uint8Array<ArrayBuffer>> {
  const compiler = compilerOf(Packer)
  if (!compiler) return new Uint8Array(await Packer.toArrayBuffer(document))
  const parts: Zippable = {}
  for (const [path, data] of compiler.compile(document, undefined, [])) {
    parts[path] = STORED.test(path) ? [bytesOf(data), { level: 0 }] : bytesOf(data)
  }
  return zipSync(parts)
}
