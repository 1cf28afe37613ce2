import { describe, expect, it } from 'vitest'
import { parsePrefix } from './honorifics'
import { suggestAddressForm, type AddressPerson } from './suggestAddressForms'

const person = (over: Partial<AddressPerson>): AddressPerson => ({
  honorificPrefix: '',
  honorificSuffix: '',
  givenName: 'Kim',
  familyName: 'Lehmann',
  position: '',
  gender: null,
  ...over,
})

describe('suggestAddressForm without an office', () => {
  it('addresses women and men by Frau/Herr and Ms/Mr', () => {
    const de = suggestAddressForm(person({ gender: 'female' }), 'de')
    const en = suggestAddressForm(person({ gender: 'male' }), 'en')
    expect(de).toEqual({
      letterSalutation: 'Sehr geehrte Frau Lehmann,',
      spokenAddress: 'Frau Lehmann',
      envelope: 'Frau Kim Lehmann',
    })
    expect(en).toEqual({
      letterSalutation: 'Dear Mr Lehmann,',
      spokenAddress: 'Mr Lehmann',
      envelope: 'Mr Kim Lehmann',
    })
  })

  it.each([null, 'nonBinary'] as const)('is gender-neutral when the gender is %s', (gender) => {
    const p = person({ gender, position: 'Geschäftsführung' })
    expect(suggestAddressForm(p, 'de')).toEqual({
      letterSalutation: 'Guten Tag Kim Lehmann,',
      spokenAddress: 'Kim Lehmann',
      envelope: 'Kim Lehmann\nGeschäftsführung',
    })
    expect(suggestAddressForm(p, 'en')).toEqual({
      letterSalutation: 'Dear Kim Lehmann,',
      spokenAddress: 'Kim Lehmann',
      envelope: 'Kim Lehmann\nGeschäftsführung',
    })
  })

  it('uses Professorin/Professor in German salutations and keeps "Prof. Dr." on the envelope', () => {
    const p = person({ honorificPrefix: 'Prof. Dr.', gender: 'female', givenName: 'Anna' })
    expect(suggestAddressForm(p, 'de')).toMatchObject({
      letterSalutation: 'Sehr geehrte Frau Professorin Lehmann,',
      spokenAddress: 'Frau Professorin Lehmann',
      envelope: 'Frau Prof. Dr. Anna Lehmann',
    })
    expect(suggestAddressForm({ ...p, gender: 'male' }, 'de')?.letterSalutation).toBe(
      'Sehr geehrter Herr Professor Lehmann,',
    )
    expect(suggestAddressForm(p, 'en')).toMatchObject({
      letterSalutation: 'Dear Professor Lehmann,',
      spokenAddress: 'Professor Lehmann',
      envelope: 'Professor Anna Lehmann',
    })
  })

  it('keeps the doctor title, in English as Dr for any gender', () => {
    const p = person({ honorificPrefix: 'Dr.-Ing.', gender: 'male' })
    expect(suggestAddressForm(p, 'de')?.letterSalutation).toBe('Sehr geehrter Herr Dr. Lehmann,')
    expect(suggestAddressForm(p, 'de')?.envelope).toBe('Herrn Dr.-Ing. Kim Lehmann')
    expect(suggestAddressForm({ ...p, gender: null }, 'en')?.letterSalutation).toBe(
      'Dear Dr Lehmann,',
    )
    expect(suggestAddressForm({ ...p, gender: null }, 'de')?.letterSalutation).toBe(
      'Guten Tag Dr.-Ing. Kim Lehmann,',
    )
  })

  it('suggests nothing while there is no family name', () => {
    expect(suggestAddressForm(person({ familyName: '  ' }), 'de')).toBeNull()
  })
})

describe('suggestAddressForm with an office', () => {
  const ambassador = person({
    honorificPrefix: 'S. E.',
    givenName: 'Kenji',
    familyName: 'Watanabe',
    position: 'Botschafter von Japan in Deutschland',
    organizationName: 'Botschaft von Japan',
    organizationAddress: 'Hiroshimastraße 6\n10785 Berlin',
  })

  it('gives ambassadors "Exzellenz" and "Your Excellency", gendered or not', () => {
    const de = suggestAddressForm({ ...ambassador, gender: 'male' }, 'de')
    expect(de).toEqual({
      letterSalutation: 'Sehr geehrter Herr Botschafter,',
      spokenAddress: 'Exzellenz',
      envelope: [
        'Seiner Exzellenz',
        'Herrn Kenji Watanabe',
        'Botschafter von Japan in Deutschland',
        'Botschaft von Japan',
        'Hiroshimastraße 6',
        '10785 Berlin',
      ].join('\n'),
    })
    expect(suggestAddressForm(ambassador, 'de')?.letterSalutation).toBe('Exzellenz,')
    expect(suggestAddressForm({ ...ambassador, gender: 'female' }, 'en')?.envelope).toMatch(
      /^Her Excellency Kenji Watanabe\n/,
    )
    expect(suggestAddressForm(ambassador, 'en')?.envelope).toMatch(/^H\.E\. Kenji Watanabe\n/)
  })

  it('treats "S. E." typed in the prefix as an excellency without an office', () => {
    const p = person({ honorificPrefix: 'S. E.', gender: 'male' })
    expect(suggestAddressForm(p, 'de')?.letterSalutation).toBe('Exzellenz,')
    expect(suggestAddressForm(p, 'en')?.letterSalutation).toBe('Your Excellency,')
  })

  it('lets the office stand for the academic title in German salutations', () => {
    const p = person({
      honorificPrefix: 'Dr.',
      givenName: 'Katharina',
      familyName: 'Wendland',
      position: 'Regierende Bürgermeisterin von Berlin',
      gender: 'female',
      organizationName: 'Senatskanzlei',
    })
    expect(suggestAddressForm(p, 'de')).toEqual({
      letterSalutation: 'Sehr geehrte Frau Regierende Bürgermeisterin,',
      spokenAddress: 'Frau Regierende Bürgermeisterin',
      envelope: 'Frau Dr. Katharina Wendland\nRegierende Bürgermeisterin von Berlin\nSenatskanzlei',
    })
    expect(suggestAddressForm(p, 'en')?.envelope).toBe(
      'The Honourable Katharina Wendland\nRegierende Bürgermeisterin von Berlin\nSenatskanzlei',
    )
  })

  it('declines the German title by gender and stays neutral in English', () => {
    const p = person({ position: 'Regierender Bürgermeister von Berlin', gender: 'male' })
    expect(suggestAddressForm(p, 'de')?.letterSalutation).toBe(
      'Sehr geehrter Herr Regierender Bürgermeister,',
    )
    expect(suggestAddressForm({ ...p, gender: null }, 'de')?.letterSalutation).toBe(
      'Guten Tag Kim Lehmann,',
    )
    expect(suggestAddressForm({ ...p, gender: null }, 'en')?.letterSalutation).toBe(
      'Dear Governing Mayor Lehmann,',
    )
    const president = person({ position: 'President of the Academy' })
    expect(suggestAddressForm(president, 'en')?.letterSalutation).toBe('Dear President Lehmann,')
  })

  it('does not repeat an organization the position already names', () => {
    const p = person({
      gender: 'female',
      position: 'Präsidentin, Freie Universität Berlin',
      organizationName: 'Freie Universität Berlin',
    })
    expect(suggestAddressForm(p, 'de')?.envelope).toBe(
      'Frau Kim Lehmann\nPräsidentin, Freie Universität Berlin',
    )
  })
})

describe('parsePrefix', () => {
  it('separates excellency, academic titles and the rest', () => {
    expect(parsePrefix('S. E. Prof. Dr. h. c.')).toEqual({
      professor: true,
      doctor: true,
      excellency: true,
      kept: 'Prof. Dr. h. c.',
      other: '',
    })
    expect(parsePrefix('Sir')).toMatchObject({ excellency: false, kept: 'Sir', other: 'Sir' })
  })
})
