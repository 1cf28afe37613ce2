import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sha256Hex } from '@shared/backup/checksum'
import { MAX_CHUNKS_IN_FLIGHT, workerSha256 } from './sha256Client'
import { createSha256Job, type Sha256Reply, type Sha256Request } from './sha256Job'

/** Stands in for the browser's Worker: runs the real job, a task later, as a worker would. */
class JobWorker {
  static started: JobWorker[] = []
  onmessage: ((event: MessageEvent<Sha256Reply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  transferred: unknown[] = []
  terminated = false
  private readonly handle = createSha256Job((data) =>
    setTimeout(() => this.onmessage?.({ data } as MessageEvent<Sha256Reply>)),
  )

  constructor() {
    JobWorker.started.push(this)
  }
  postMessage(message: Sha256Request, transfer: unknown[] = []): void {
    this.transferred.push(...transfer)
    // What arrives in the worker is a copy; the page must not look at a chunk again anyway.
    const copy = message.type === 'update' ? { ...message, chunk: message.chunk.slice() } : message
    setTimeout(() => this.handle(copy))
  }
  terminate(): void {
    this.terminated = true
  }
  fail(): void {
    this.onerror?.({ message: 'not loadable', preventDefault: () => undefined } as ErrorEvent)
  }
}

const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text)

beforeEach(() => {
  JobWorker.started = []
  vi.stubGlobal('Worker', JobWorker)
})
afterEach(() => vi.unstubAllGlobals())

describe('workerSha256', () => {
  it('hashes the chunks in the worker as one text, transferring each, and ends the worker', async () => {
    const sink = workerSha256()
    const chunks = [encode('{"name":"Петрова",'), encode('"city":"佐藤"}')]
    for (const chunk of chunks) sink.update(chunk)
    const hex = await sink.hex()
    expect(hex).toBe(await sha256Hex('{"name":"Петрова","city":"佐藤"}'))
    const [worker] = JobWorker.started
    expect(worker?.transferred).toEqual(chunks.map((c) => c.buffer))
    expect(worker?.terminated).toBe(true)
  })

  it('rejects the digest with the reason when the worker fails, never silently', async () => {
    const sink = workerSha256()
    sink.update(encode('x'))
    JobWorker.started[0]?.fail()
    await expect(sink.hex()).rejects.toThrow('checksum worker: not loadable')
  })

  it('asks the writer to wait while the worker lags, and lets it go on as chunks are hashed', async () => {
    const sink = workerSha256()
    for (let i = 0; i < MAX_CHUNKS_IN_FLIGHT - 1; i++) sink.update(encode(`${i},`))
    expect(sink.backlog?.()).toBeNull()
    sink.update(encode('last'))
    const backlog = sink.backlog?.()
    expect(backlog).toBeInstanceOf(Promise)
    let resumed = false
    void backlog?.then(() => (resumed = true))
    await Promise.resolve()
    expect(resumed).toBe(false)
    // The worker hashes the first chunk and says so: one fewer in flight, the writer goes on.
    await vi.waitFor(() => expect(resumed).toBe(true))
    expect(sink.backlog?.()).toBeNull()
    const text = Array.from({ length: MAX_CHUNKS_IN_FLIGHT - 1 }, (_, i) => `${i},`).join('')
    expect(await sink.hex()).toBe(await sha256Hex(`${text}last`))
  })

  it('lets a waiting writer go on when the worker fails, and no longer holds it back', async () => {
    const sink = workerSha256()
    for (let i = 0; i < MAX_CHUNKS_IN_FLIGHT; i++) sink.update(encode('x'))
    // The writer, resumed, writes on and asks again at once: it must not be held back a second
    // time, by a worker that will never hash again.
    const askedAgain = sink.backlog?.()?.then(() => {
      sink.update(encode('y'))
      // Wrapped, or a promise returned here would be waited for.
      return { again: sink.backlog?.() ?? null }
    })
    JobWorker.started[0]?.fail()
    expect((await askedAgain)?.again).toBeNull()
    await expect(sink.hex()).rejects.toThrow('not loadable')
  })

  it('hashes in the page where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined)
    const sink = workerSha256()
    sink.update(encode('abc'))
    expect(await sink.hex()).toBe(await sha256Hex('abc'))
    expect(JobWorker.started).toHaveLength(0)
  })
})

describe('createSha256Job', () => {
  it('answers once and refuses chunks after the end', async () => {
    const replies: Sha256Reply[] = []
    const handle = createSha256Job((reply) => replies.push(reply))
    handle({ type: 'update', chunk: encode('ab') })
    handle({ type: 'update', chunk: encode('c') })
    handle({ type: 'end' })
    handle({ type: 'update', chunk: encode('d') })
    await Promise.resolve()
    expect(replies).toEqual([
      { type: 'hashed' },
      { type: 'hashed' },
      { type: 'failed', message: 'update after end' },
      { type: 'digest', hex: await sha256Hex('abc') },
    ])
  })
})
