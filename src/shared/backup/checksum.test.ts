import { describe, expect, it } from 'vitest'
import { payloadChecksum, sha256Hex } from './checksum'
import { streamingSha256, type Sha256Sink } from './sha256Sink'

/** A sink that hashes what it gets, but has a backlog after each new chunk until the test lets go. */
function laggingSink(): Sha256Sink & { chunks: number; waiting: number; letGo(): void } {
  const hash = streamingSha256()
  let release: (() => void) | null = null
  let acknowledged = 0
  const sink = {
    chunks: 0,
    waiting: 0,
    update(chunk: Uint8Array<ArrayBuffer>) {
      sink.chunks += 1
      hash.update(chunk)
    },
    backlog() {
      if (sink.chunks === acknowledged) return null
      sink.waiting += 1
      return new Promise<void>((resolve) => (release = resolve))
    },
    letGo() {
      acknowledged = sink.chunks
      const go = release
      release = null
      go?.()
    },
    hex: () => hash.hex(),
  }
  return sink
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('payloadChecksum', () => {
  it('writes nothing more while the sink reports a backlog, and hashes the same text', async () => {
    // About 14 MB of compact text: three of the writer's 4 MiB chunks and a rest.
    const rows = Array.from({ length: 14_000 }, (_, i) => ({
      id: `r${i}`,
      text: 'Петрова'.repeat(70),
    }))
    const payload = { schemaVersion: 7, tables: { contacts: rows, visits: [{ id: 'v' }] } }
    const sink = laggingSink()
    const checksum = payloadChecksum(payload, sink)
    let settled = false
    void checksum.then(() => (settled = true))
    let rounds = 0
    for (await tick(); !settled; await tick()) {
      const seen = sink.chunks
      expect(sink.waiting).toBe(rounds + 1)
      await tick()
      await tick()
      expect(sink.chunks).toBe(seen)
      rounds += 1
      sink.letGo()
    }
    expect(rounds).toBe(3)
    expect(await checksum).toBe(`sha256:${await sha256Hex(JSON.stringify(payload))}`)
    // The three full chunks and the rest, at the end.
    expect(sink.chunks).toBe(4)
  })

  it('gives the checksum of JSON.stringify(payload) with a sink that never waits', async () => {
    const payload = {
      schemaVersion: 7,
      tables: { gifts: [{ id: 'g', name: '佐藤' }], tombstones: [] },
    }
    expect(await payloadChecksum(payload)).toBe(
      `sha256:${await sha256Hex(JSON.stringify(payload))}`,
    )
  })
})
