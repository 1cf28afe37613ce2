import { useMemo } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { suggestAddressForm, type SuggestedAddressForm } from '@shared/domain/addressForms'
import type { UiLanguage } from '@shared/model/common'
import type { Organization } from '@shared/model/organization'
import type { ContactFormValues } from './contactFormValues'

export type AddressSuggestions = Record<UiLanguage, SuggestedAddressForm | null>

/** What the rule table suggests for the person as the form now describes them, per language. */
export function useAddressSuggestions<O>(
  control: Control<ContactFormValues, unknown, O>,
  organizations: readonly Organization[],
): AddressSuggestions {
  const [prefix, suffix, given, family, position, gender, organizationId] = useWatch({
    control,
    name: [
      'honorificPrefix',
      'honorificSuffix',
      'givenName',
      'familyName',
      'position',
      'gender',
      'organizationId',
    ],
  })
  return useMemo(() => {
    const organization = organizations.find((o) => o.id === organizationId)
    const person = {
      honorificPrefix: prefix,
      honorificSuffix: suffix,
      givenName: given,
      familyName: family,
      position,
      gender: gender === '' ? null : gender,
      organizationName: organization?.name,
      organizationAddress: organization?.address,
    }
    return { de: suggestAddressForm(person, 'de'), en: suggestAddressForm(person, 'en') }
  }, [prefix, suffix, given, family, position, gender, organizationId, organizations])
}
