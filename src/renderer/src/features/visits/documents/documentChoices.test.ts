import { describe, expect, it } from 'vitest'
import { BRIEFING_SECTIONS } from '@shared/documents/briefingOptions'
import { choicesProblem, defaultChoices, toBriefingOptions, withSection } from './documentChoices'

const base = defaultChoices({ classification: 'internal' }, 'en')

describe('document choices', () => {
  it('start with the full book, every section, the visit classification and the UI language', () => {
    expect(base).toMatchObject({ variant: 'full', lang: 'en', classification: 'internal' })
    expect(base.sections).toEqual([...BRIEFING_SECTIONS])
    expect(choicesProblem(base, 0)).toBeNull()
  })

  it('keep the book order whatever order sections are switched on in', () => {
    const none = BRIEFING_SECTIONS.reduce(
      (s, section) => withSection(s, section, false),
      base.sections,
    )
    expect(none).toEqual([])
    const some = withSection(withSection(none, 'press', true), 'cover', true)
    expect(some).toEqual(['cover', 'press'])
    expect(choicesProblem({ ...base, sections: none }, 3)).toBe('documents.noSection')
  })

  it('give the builder only what the variant uses', () => {
    expect(toBriefingOptions({ ...base, sections: ['days', 'cover'] })).toEqual({
      lang: 'en',
      classification: 'internal',
      variant: 'full',
      sections: ['cover', 'days'],
    })
    expect(toBriefingOptions({ ...base, variant: 'read-ahead' })).toEqual({
      lang: 'en',
      classification: 'internal',
      variant: 'read-ahead',
    })
    const pocket = { ...base, variant: 'pocket' as const, pageSize: 'A5' as const }
    expect(toBriefingOptions(pocket)).toEqual({
      lang: 'en',
      classification: 'internal',
      variant: 'pocket',
      pageSize: 'A5',
    })
    expect(toBriefingOptions({ ...pocket, personId: 'c1' })).toMatchObject({ personId: 'c1' })
  })

  it('refuse a pocket programme for everyone when there is nobody in the delegation', () => {
    const pocket = { ...base, variant: 'pocket' as const }
    expect(choicesProblem(pocket, 0)).toBe('documents.noDelegates')
    expect(choicesProblem(pocket, 2)).toBeNull()
    expect(choicesProblem({ ...base, variant: 'read-ahead', sections: [] }, 0)).toBeNull()
  })
})
