import { describe, expect, it } from 'vitest'
import {
  createGiftRepeatIndex,
  findGiftRepeats,
  normalizeGiftDescription,
  type GiftHistoryGift,
  type GiftHistoryVisit,
} from './giftRepeats'

const TOKYO = 'city-tokyo'
const PARIS = 'city-paris'
const GOVERNOR = 'contact-governor'
const MAYOR = 'contact-mayor'

function visit(id: string, over: Partial<GiftHistoryVisit> = {}): GiftHistoryVisit {
  return {
    id,
    title: `Besuch ${id}`,
    cityId: TOKYO,
    startDate: '2027-05-01',
    status: 'completed',
    deletedAt: null,
    ...over,
  }
}

function gift(id: string, visitId: string, over: Partial<GiftHistoryGift> = {}): GiftHistoryGift {
  return {
    id,
    visitId,
    direction: 'given',
    description: 'Porzellanvase der KPM',
    recipientId: GOVERNOR,
    ...over,
  }
}

const visits = [
  visit('v2019', { startDate: '2019-04-02', title: 'Reise nach Tokio 2019' }),
  visit('v2023', { startDate: '2023-10-10', title: 'Delegation aus Tokio 2023' }),
  visit('paris', { startDate: '2024-02-01', cityId: PARIS }),
  visit('now', { startDate: '2027-05-01' }),
]

describe('normalizeGiftDescription', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normalizeGiftDescription('  Porzellan-Vase,  „KPM“! ')).toBe('porzellanvasekpm')
    expect(normalizeGiftDescription('Porzellanvase KPM')).toBe(
      normalizeGiftDescription('porzellan vase, kpm'),
    )
    expect(normalizeGiftDescription('Bildband Berlin – Café Kranzler')).toBe(
      normalizeGiftDescription('bildband berlin cafe kranzler'),
    )
  })

  it('keeps letters of every script', () => {
    expect(normalizeGiftDescription('東京の写真集。')).toBe('東京の写真集')
  })
})

describe('findGiftRepeats', () => {
  const candidate = {
    visitId: 'now',
    direction: 'given' as const,
    description: 'porzellan-vase der kpm',
    recipientId: GOVERNOR,
  }

  it('names earlier visits where the same gift went to the same recipient or city, latest first', () => {
    const history = [gift('g1', 'v2019'), gift('g2', 'v2023', { recipientId: MAYOR })]
    expect(findGiftRepeats(candidate, history, visits)).toEqual([
      {
        giftId: 'g2',
        visitId: 'v2023',
        visitTitle: 'Delegation aus Tokio 2023',
        visitStartDate: '2023-10-10',
        reasons: ['city'],
      },
      {
        giftId: 'g1',
        visitId: 'v2019',
        visitTitle: 'Reise nach Tokio 2019',
        visitStartDate: '2019-04-02',
        reasons: ['recipient', 'city'],
      },
    ])
  })

  it('finds the same recipient in another city', () => {
    const history = [gift('g3', 'paris')]
    expect(findGiftRepeats(candidate, history, visits).map((r) => r.reasons)).toEqual([
      ['recipient'],
    ])
  })

  it('stays quiet for another recipient in another city, or another gift', () => {
    expect(
      findGiftRepeats(candidate, [gift('g', 'paris', { recipientId: MAYOR })], visits),
    ).toEqual([])
    expect(
      findGiftRepeats(candidate, [gift('g', 'v2019', { description: 'Bildband Berlin' })], visits),
    ).toEqual([])
  })

  it('looks only at earlier visits, never at the gift itself or later ones', () => {
    const later = [...visits, visit('later', { startDate: '2028-01-01' })]
    const history = [gift('self', 'now'), gift('same-visit', 'now'), gift('next', 'later')]
    expect(findGiftRepeats({ ...candidate, id: 'self' }, history, later)).toEqual([])
  })

  it('counts only gifts given, on visits neither cancelled nor in the trash', () => {
    const more = [
      ...visits,
      visit('cancelled', { startDate: '2020-01-01', status: 'cancelled' }),
      visit('trashed', { startDate: '2021-01-01', deletedAt: '2026-01-01T00:00:00.000Z' }),
    ]
    const history = [
      gift('received', 'v2019', { direction: 'received' }),
      gift('c', 'cancelled'),
      gift('t', 'trashed'),
    ]
    expect(findGiftRepeats(candidate, history, more)).toEqual([])
    expect(
      findGiftRepeats({ ...candidate, direction: 'received' }, [gift('g1', 'v2019')], visits),
    ).toEqual([])
  })

  it('does not match a gift without recipient by recipient', () => {
    const history = [gift('g', 'paris', { recipientId: null })]
    expect(findGiftRepeats({ ...candidate, recipientId: null }, history, visits)).toEqual([])
  })

  it('answers many candidates from one index', () => {
    const index = createGiftRepeatIndex([gift('g1', 'v2019')], visits)
    expect(index.repeatsOf(candidate)).toHaveLength(1)
    expect(index.repeatsOf({ ...candidate, description: 'Bildband' })).toHaveLength(0)
  })
})
