import { useMemo, type ReactElement } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { languageChoices } from '@shared/domain/languageNames'
import {
  FormSection,
  FullWidth,
  MultiComboField,
  SwitchField,
  TextField,
  useT,
} from '@renderer/components'
import type { ContactFormValues } from './contactFormValues'
import { PhoneRows } from './PhoneRows'

/** E-mail, phones, and the languages a person speaks, picked by name in the UI language. */
export function ContactReachSection<O>(props: {
  control: Control<ContactFormValues, unknown, O>
}): ReactElement {
  const { t, lang } = useT()
  const { control } = props
  const chosen = useWatch({ control, name: 'languages' })
  const options = useMemo(() => languageChoices(lang, chosen), [lang, chosen])
  return (
    <FormSection title={t('contacts.sectionReach')}>
      <TextField control={control} name="email" label={t('fields.email')} type="email" />
      <SwitchField
        control={control}
        name="interpreterNeeded"
        label={t('fields.interpreterNeeded')}
      />
      <FullWidth>
        <MultiComboField
          control={control}
          name="languages"
          label={t('fields.languages')}
          hint={t('contactForm.languagesHint')}
          placeholder={t('contactForm.languagesPlaceholder')}
          options={options}
        />
      </FullWidth>
      <FullWidth>
        <PhoneRows control={control} />
      </FullWidth>
    </FormSection>
  )
}
