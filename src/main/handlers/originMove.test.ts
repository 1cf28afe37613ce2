import { describe, expect, it } from 'vitest'
import { finishOriginMove, getOriginMove, type OriginMovePorts } from './originMove'

function memoryPorts(initial: string | null = null): OriginMovePorts & { marker: string | null } {
  const ports = {
    marker: initial,
    readMarker: async () => ports.marker,
    writeMarker: async (text: string) => {
      ports.marker = text
    },
    now: () => new Date('2026-11-26T10:00:00.000Z'),
  }
  return ports
}

describe('the origin move marker', () => {
  it('is pending without a marker and settled once the page finished the move', async () => {
    const ports = memoryPorts()
    expect(await getOriginMove(ports)).toBe('pending')
    await finishOriginMove({ outcome: 'moved', backupName: 'a.json' }, ports)
    expect(await getOriginMove(ports)).toBe('settled')
    expect(JSON.parse(ports.marker ?? '')).toEqual({
      outcome: 'moved',
      backupName: 'a.json',
      settledAt: '2026-11-26T10:00:00.000Z',
    })
  })

  it('counts an unreadable marker as pending, which never overwrites data', async () => {
    const ports = { ...memoryPorts(), readMarker: () => Promise.reject(new Error('EACCES')) }
    expect(await getOriginMove(ports)).toBe('pending')
  })
})
