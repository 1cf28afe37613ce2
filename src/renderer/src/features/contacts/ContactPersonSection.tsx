import type { ReactElement } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { contactDisplayName } from '@shared/domain/contactList'
import { CONTACT_GENDERS } from '@shared/model/contact'
import { FormSection, FullWidth, SelectField, TextField, useT } from '@renderer/components'
import type { ContactFormValues } from './contactFormValues'
import { PhotoField } from './PhotoField'

/** Honorifics, names (also in native script and how to say them), gender and photo. */
export function ContactPersonSection<O>(props: {
  control: Control<ContactFormValues, unknown, O>
}): ReactElement {
  const { t } = useT()
  const { control } = props
  const [prefix, given, family] = useWatch({
    control,
    name: ['honorificPrefix', 'givenName', 'familyName'],
  })
  const name = contactDisplayName({
    honorificPrefix: prefix,
    givenName: given,
    familyName: family,
    honorificSuffix: '',
  })
  const genderOptions = CONTACT_GENDERS.map((g) => ({
    value: g,
    label: t(`contactForm.genderOption.${g}`),
  }))
  return (
    <FormSection title={t('contacts.sectionPerson')}>
      <TextField
        control={control}
        name="honorificPrefix"
        label={t('fields.honorificPrefix')}
        hint={t('contacts.prefixHint')}
      />
      <TextField control={control} name="givenName" label={t('fields.givenName')} />
      <TextField control={control} name="familyName" label={t('fields.familyName')} required />
      <TextField control={control} name="honorificSuffix" label={t('fields.honorificSuffix')} />
      <TextField
        control={control}
        name="nativeName"
        label={t('fields.nativeName')}
        hint={t('contacts.nativeNameHint')}
      />
      <TextField
        control={control}
        name="pronunciation"
        label={t('fields.pronunciation')}
        hint={t('contactForm.pronunciationHint')}
      />
      <SelectField
        control={control}
        name="gender"
        label={t('contactForm.gender')}
        hint={t('contactForm.genderHint')}
        options={genderOptions}
        emptyLabel={t('contactForm.genderUnknown')}
      />
      <FullWidth>
        <PhotoField control={control} name={name} />
      </FullWidth>
    </FormSection>
  )
}
