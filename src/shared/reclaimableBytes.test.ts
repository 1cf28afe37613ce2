import { describe, expect, it } from 'vitest'
import { isReclaimable, reclaimableBuffer, releaseBytes } from './reclaimableBytes'

describe('reclaimable bytes', () => {
  it('gives a buffer of the asked size whose views are empty once released', () => {
    const buffer = reclaimableBuffer(5)
    const bytes = new Uint8Array(buffer, 0, 5)
    bytes.set([1, 2, 3, 4, 5])
    const whole = new Uint8Array(buffer)
    expect(isReclaimable(bytes)).toBe(true)
    expect([...bytes.subarray(1, 3)]).toEqual([2, 3])

    releaseBytes(bytes)
    expect(buffer.byteLength).toBe(0)
    expect(bytes.length).toBe(0)
    expect(whole.length).toBe(0)
    // Twice is harmless: the caller need not remember whether it already did.
    releaseBytes(bytes)
    expect(buffer.byteLength).toBe(0)
  })

  it('leaves ordinary bytes alone', () => {
    const bytes = new TextEncoder().encode('Müller')
    expect(isReclaimable(bytes)).toBe(false)
    releaseBytes(bytes)
    expect(new TextDecoder().decode(bytes)).toBe('Müller')
  })
})
