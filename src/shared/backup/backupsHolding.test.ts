import { describe, expect, it } from 'vitest'
import { backupFileName } from './backupFiles'
import { backupsHolding } from './backupsHolding'

const PERSON = '0b8f3c52-6d1e-4a57-9a77-0c1f7d0e2a11'
const OTHER = '9d2e4f61-1c3b-4e8a-8f5d-6a7b8c9d0e1f'

describe('backupsHolding', () => {
  it('names the files that hold the id, newest first, and reads nothing but backups', async () => {
    const older = backupFileName('auto', new Date('2026-11-01T08:00:00Z'))
    const newer = backupFileName('before-import', new Date('2026-11-20T08:00:00Z'))
    const without = backupFileName('auto', new Date('2026-11-10T08:00:00Z'))
    const files: Record<string, string> = {
      [older]: `{"contacts":[{"id":"${PERSON}"}]}`,
      [newer]: `{"participants":[{"contactId":"${PERSON}"}]}`,
      [without]: `{"contacts":[{"id":"${OTHER}"}]}`,
      'notes.txt': PERSON,
    }
    const read = async (name: string): Promise<string> => {
      const text = files[name]
      if (text === undefined) throw new Error(`read ${name}`)
      return text
    }
    expect(await backupsHolding(Object.keys(files), read, PERSON)).toEqual([newer, older])
    expect(await backupsHolding(Object.keys(files), read, OTHER)).toEqual([without])
  })

  it('lists a file it cannot read, since it may hold the person', async () => {
    const name = backupFileName('auto', new Date('2026-11-01T08:00:00Z'))
    const failing = async (): Promise<string> => Promise.reject(new Error('EACCES'))
    expect(await backupsHolding([name], failing, PERSON)).toEqual([name])
  })
})
