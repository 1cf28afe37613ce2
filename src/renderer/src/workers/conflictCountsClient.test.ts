import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConflictCountsReply, ConflictCountsRequest } from './conflictCountsProtocol'
import { createConflictCountsSource, type CountsWorker } from './conflictCountsClient'

class FakeWorker implements CountsWorker {
  onmessage: CountsWorker['onmessage'] = null
  onerror: CountsWorker['onerror'] = null
  requests: ConflictCountsRequest[] = []
  terminated = false
  postMessage(request: ConflictCountsRequest): void {
    this.requests.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  reply(data: ConflictCountsReply): void {
    this.onmessage?.({ data } as MessageEvent<ConflictCountsReply>)
  }
}

function setup(): { started: FakeWorker[]; source: ReturnType<typeof createConflictCountsSource> } {
  const started: FakeWorker[] = []
  const source = createConflictCountsSource(
    'office',
    () => {
      const worker = new FakeWorker()
      started.push(worker)
      return worker
    },
    1000,
  )
  return { started, source }
}

afterEach(() => vi.useRealTimers())

describe('the conflict counts source', () => {
  it('starts one worker for all listeners, says counting until it answers, then each answer', () => {
    const { started, source } = setup()
    expect(started).toHaveLength(0)
    let heard = 0
    source.subscribe(() => heard++)
    source.subscribe(() => heard++)
    expect(started).toHaveLength(1)
    expect(started[0]?.requests).toEqual([{ dbName: 'office' }])
    expect(source.current()).toEqual({ status: 'counting' })
    started[0]?.reply({ type: 'counts', counts: new Map([['v1', 2]]) })
    expect(source.current()).toEqual({ status: 'ready', counts: new Map([['v1', 2]]) })
    started[0]?.reply({ type: 'counts', counts: new Map() })
    expect(source.current()).toEqual({ status: 'ready', counts: new Map() })
    expect(heard).toBe(4)
  })

  it('keeps the worker for the grace time after the last listener, then ends it', () => {
    vi.useFakeTimers()
    const { started, source } = setup()
    const leave = source.subscribe(() => undefined)
    started[0]?.reply({ type: 'counts', counts: new Map([['v1', 1]]) })
    leave()
    vi.advanceTimersByTime(500)
    // Back within the grace time: the same worker, its counts at once.
    const leaveAgain = source.subscribe(() => undefined)
    expect(started).toHaveLength(1)
    expect(source.current().status).toBe('ready')
    leaveAgain()
    vi.advanceTimersByTime(1000)
    expect(started[0]?.terminated).toBe(true)
    expect(source.current()).toEqual({ status: 'counting' })
    source.subscribe(() => undefined)
    expect(started).toHaveLength(2)
  })

  it('reports a failed worker as failed, ends it and starts no other', () => {
    const { started, source } = setup()
    source.subscribe(() => undefined)
    started[0]?.reply({ type: 'failed', message: 'gone' })
    expect(started[0]?.terminated).toBe(true)
    expect(source.current()).toEqual({ status: 'failed' })
    source.subscribe(() => undefined)
    expect(started).toHaveLength(1)
  })
})
