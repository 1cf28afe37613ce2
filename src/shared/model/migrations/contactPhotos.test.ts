import { describe, expect, it } from 'vitest'
import { contactPhotos } from './0007-contact-photos'
import { migrateRawTables } from './index'

const A = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a06'
const B = '7a2d2f1b-9b62-4b8f-8b54-2c3e1e7c2b17'
const C = '8b3e3a2c-ac73-4c90-9c65-3d4f2f8d3c28'
const PNG = 'data:image/png;base64,iVBORw0KGgo='

const v6 = (): Record<string, unknown> => ({
  contacts: [
    {
      id: A,
      familyName: 'Koike',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
      demo: true,
      photo: PNG,
    },
    {
      id: B,
      familyName: 'Sato',
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
      photo: null,
    },
    {
      id: C,
      familyName: 'Ito',
      createdAt: '2026-01-03T00:00:00.000Z',
      updatedAt: '2026-02-03T00:00:00.000Z',
      photo: PNG,
    },
  ],
  visits: [{ id: 'v' }],
})

describe('0007: photos leave the contact row', () => {
  it('moves each photo into a contactPhotos row with the contact’s id, stamps and demo flag', () => {
    const out = migrateRawTables(v6(), contactPhotos)
    expect(out.contactPhotos).toEqual([
      {
        id: A,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-02-01T00:00:00.000Z',
        demo: true,
        photo: PNG,
      },
      {
        id: C,
        createdAt: '2026-01-03T00:00:00.000Z',
        updatedAt: '2026-02-03T00:00:00.000Z',
        photo: PNG,
      },
    ])
  })

  it('takes the photo field off every contact, with or without a photo, and nothing else', () => {
    const out = migrateRawTables(v6(), contactPhotos)
    const contacts = out.contacts as Record<string, unknown>[]
    expect(contacts.every((c) => !('photo' in c))).toBe(true)
    const before = v6().contacts as Record<string, unknown>[]
    expect(contacts).toEqual(before.map(({ photo: _photo, ...rest }) => rest))
    expect(out.visits).toEqual(v6().visits)
  })

  it('gives no row to a contact without a photo, and an empty table to a file without any', () => {
    const out = migrateRawTables(v6(), contactPhotos)
    const ids = (out.contactPhotos as { id: string }[]).map((p) => p.id)
    expect(ids).not.toContain(B)
    expect(migrateRawTables({ contacts: [] }, contactPhotos).contactPhotos).toEqual([])
    expect(migrateRawTables({}, contactPhotos).contactPhotos).toEqual([])
  })

  it('does not change its input, and running it twice changes nothing more', () => {
    const input = v6()
    const once = migrateRawTables(input, contactPhotos)
    expect(input).toEqual(v6())
    expect(migrateRawTables(once, contactPhotos)).toEqual(once)
  })

  it('leaves what is not a row to the validation after it', () => {
    const out = migrateRawTables({ contacts: [42, null, { id: A, photo: PNG }] }, contactPhotos)
    expect(out.contacts).toEqual([42, null, { id: A }])
    expect(out.contactPhotos).toEqual([
      { id: A, createdAt: undefined, updatedAt: undefined, photo: PNG },
    ])
  })
})
