/*
 * Bytes whose memory can be given back the moment they are no longer needed. A file read into an
 * ordinary ArrayBuffer stays in memory until the next full garbage collection, however early it
 * is dropped or detached: in the Settings import nothing triggers one for half a minute after
 * the check, and the 247 MiB of the large office's file stayed resident through the whole
 * write (bench B5-import-memory). A resizable buffer shrunk to nothing is decommitted at once.
 *
 * The ES2024 types of resizable buffers are declared here: the project builds against ES2023,
 * whose other additions (Object.groupBy) Node 20 lacks. Chromium and Node 20 both have them.
 */

interface ResizableArrayBuffer extends ArrayBuffer {
  readonly resizable: boolean
  resize(byteLength: number): void
}

type ResizableConstructor = new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer

function resizable(buffer: ArrayBufferLike): ResizableArrayBuffer | null {
  const candidate = buffer as Partial<ResizableArrayBuffer>
  return candidate.resizable === true ? (buffer as ResizableArrayBuffer) : null
}

/** A zero-filled buffer of `byteLength` that `releaseBytes` can give back at once. */
export function reclaimableBuffer(byteLength: number): ArrayBuffer {
  const Resizable = ArrayBuffer as unknown as ResizableConstructor
  return new Resizable(byteLength, { maxByteLength: byteLength })
}

/**
 * Whether the bytes lie in a buffer `releaseBytes` can shrink. Such views are refused by DOM APIs
 * that do not allow resizable buffers (Chromium's TextDecoder, for one), so code that hands bytes
 * on copies them first when this is true.
 */
export function isReclaimable(bytes: Uint8Array): boolean {
  return resizable(bytes.buffer) !== null
}

/**
 * Gives the memory of reclaimable bytes back now; every view of them is empty afterwards. Other
 * bytes are left alone (the garbage collector frees them once they are unreachable).
 */
export function releaseBytes(bytes: Uint8Array): void {
  resizable(bytes.buffer)?.resize(0)
}
