import { describe, expect, it } from 'vitest'
import { paletteKey, searchPalette, type PaletteEntry, type PaletteSources } from './paletteSearch'

const entry = (id: string, ...names: string[]): PaletteEntry => ({
  id,
  label: names[0] ?? id,
  key: paletteKey(...names),
})

const sources: PaletteSources = {
  actions: [entry('new-visit', 'Neuer Besuch'), entry('settings', 'Einstellungen')],
  visits: [entry('v1', 'Besuch aus São Paulo'), entry('v2', 'Reise nach Łódź')],
  contacts: [
    entry('c1', 'Haruko Nishimura', '西村 晴子', 'にしむら はるこ'),
    entry('c2', 'Anna Müller'),
  ],
  cities: [entry('tokyo', 'Tokio', 'Tokyo')],
  organizations: [entry('o1', 'Tokyo Metropolitan Government')],
}

const ids = (query: string): string[][] =>
  searchPalette(sources, query).map((r) => [r.group, ...r.entries.map((e) => e.id)])

describe('searchPalette', () => {
  it('lists only the actions before anything is typed', () => {
    expect(ids('')).toEqual([['actions', 'new-visit', 'settings']])
  })

  it('lists every action before anything is typed, beyond the group limit', () => {
    const actions = Array.from({ length: 11 }, (_, i) => entry(`a${i}`, `Aktion ${i}`))
    const results = searchPalette({ ...sources, actions }, '')
    expect(results).toEqual([{ group: 'actions', entries: actions }])
  })

  it('finds across groups, ignoring case and accents', () => {
    expect(ids('sao paulo')).toEqual([['visits', 'v1']])
    expect(ids('lodz')).toEqual([['visits', 'v2']])
    expect(ids('mueller')).toEqual([['contacts', 'c2']])
    expect(ids('tokyo')).toEqual([
      ['cities', 'tokyo'],
      ['organizations', 'o1'],
    ])
  })

  it('finds a person by the name in Japanese script, kana and kanji', () => {
    expect(ids('西村')).toEqual([['contacts', 'c1']])
    expect(ids('ニシムラ')).toEqual([['contacts', 'c1']])
  })

  it('cuts every group to its limit', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => entry(`c${i}`, `Person ${i}`))
    const results = searchPalette({ ...sources, contacts: many }, 'person')
    expect(results).toEqual([{ group: 'contacts', entries: many.slice(0, 6) }])
  })
})
