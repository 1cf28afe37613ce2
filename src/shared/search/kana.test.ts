import { describe, expect, it } from 'vitest'
import { kanaToRomaji } from './kana'

describe('kanaToRomaji (Hepburn)', () => {
  it.each([
    ['にしむら はるこ', 'nishimura haruko'],
    ['さとう', 'satou'],
    ['ちゅうじょう', 'chuujou'],
    ['きょうと', 'kyouto'],
    ['じゃ ぢゃ', 'ja ja'],
    ['がっこう', 'gakkou'],
    ['まっちゃ', 'matcha'],
    ['ふじ つる', 'fuji tsuru'],
    ['しんいち', 'shinichi'],
    ['らーめん', 'ramen'],
  ])('%s → %s', (kana, romaji) => {
    expect(kanaToRomaji(kana)).toBe(romaji)
  })

  it('leaves other characters and says null without hiragana', () => {
    expect(kanaToRomaji('東京 とうきょう')).toBe('東京 toukyou')
    expect(kanaToRomaji('Tokyo')).toBeNull()
  })
})
