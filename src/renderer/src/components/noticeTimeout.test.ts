import { describe, expect, it } from 'vitest'
import { noticeTimeout } from './noticeTimeout'

describe('noticeTimeout', () => {
  it('keeps short messages for their floor, errors and actions longer', () => {
    expect(noticeTimeout('Gespeichert', 'info')).toBe(6_000)
    expect(noticeTimeout('„Tokyo“ gelöscht', 'action')).toBe(10_000)
    expect(noticeTimeout('Fehler', 'error')).toBe(12_000)
  })

  it('gives a long message more time to be read', () => {
    const long = 'x'.repeat(120)
    expect(noticeTimeout(long, 'info')).toBe(13_000)
    expect(noticeTimeout(long, 'info')).toBeGreaterThan(noticeTimeout('x', 'info'))
  })
})
