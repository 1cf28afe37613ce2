import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BriefingReply, BriefingRequest } from './briefingProtocol'
import {
  BriefingCancelled,
  prepareBriefingWorker,
  releaseBriefingWorker,
  startBriefing,
} from './briefingClient'

/** Stands in for the browser's Worker: records what is posted, and answers when told to. */
class FakeWorker {
  static started: FakeWorker[] = []
  onmessage: ((event: MessageEvent<BriefingReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  posted: unknown[] = []
  terminated = false

  constructor() {
    FakeWorker.started.push(this)
  }
  postMessage(message: unknown): void {
    this.posted.push(message)
  }
  terminate(): void {
    this.terminated = true
  }
  reply(data: BriefingReply): void {
    this.onmessage?.({ data } as MessageEvent<BriefingReply>)
  }
  fail(): void {
    this.onerror?.({ message: 'not loadable', preventDefault: () => undefined } as ErrorEvent)
  }
}

const request = { visitId: 'v1' } as BriefingRequest
const warmUp = { type: 'warm-up' }
const build = { type: 'build', request }
const done: BriefingReply = {
  type: 'done',
  bytes: new Uint8Array([1, 2, 3]),
  snapshot: {} as never,
}

beforeEach(() => {
  FakeWorker.started = []
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => {
  releaseBriefingWorker()
  vi.unstubAllGlobals()
})

describe('the briefing worker started ahead', () => {
  it('is told to warm up, then takes the request, so the document starts no worker of its own', async () => {
    prepareBriefingWorker()
    prepareBriefingWorker()
    expect(FakeWorker.started).toHaveLength(1)
    const run = startBriefing(request, () => undefined)
    const [ahead] = FakeWorker.started
    expect(FakeWorker.started).toHaveLength(1)
    expect(ahead?.posted).toEqual([warmUp, build])
    ahead?.reply({ type: 'ready' })
    ahead?.reply({ type: 'warmed' })
    ahead?.reply(done)
    expect((await run.result).bytes).toEqual(new Uint8Array([1, 2, 3]))
    expect(ahead?.terminated).toBe(true)
  })

  it('is used once: the next document gets a new worker unless one is prepared again', () => {
    prepareBriefingWorker()
    void startBriefing(request, () => undefined).result.catch(() => undefined)
    void startBriefing(request, () => undefined).result.catch(() => undefined)
    expect(FakeWorker.started).toHaveLength(2)
    // The second, started for its document at once, is not told to warm up: it would wait for it.
    expect(FakeWorker.started.map((w) => w.posted)).toEqual([[warmUp, build], [build]])
  })

  it('is replaced when its script failed before the document came', async () => {
    prepareBriefingWorker()
    const [broken] = FakeWorker.started
    broken?.fail()
    const run = startBriefing(request, () => undefined)
    expect(broken?.terminated).toBe(true)
    expect(broken?.posted).toEqual([warmUp])
    const fresh = FakeWorker.started[1]
    expect(fresh?.posted).toEqual([build])
    fresh?.reply(done)
    await expect(run.result).resolves.toMatchObject({ bytes: new Uint8Array([1, 2, 3]) })
  })

  it('ends with the tab; cancelling ends the busy worker, not the one prepared next', async () => {
    prepareBriefingWorker()
    const run = startBriefing(request, () => undefined)
    prepareBriefingWorker()
    const [busy, next] = FakeWorker.started
    run.cancel()
    await expect(run.result).rejects.toBeInstanceOf(BriefingCancelled)
    expect(busy?.terminated).toBe(true)
    expect(next?.terminated).toBe(false)
    releaseBriefingWorker()
    expect(next?.terminated).toBe(true)
  })
})
