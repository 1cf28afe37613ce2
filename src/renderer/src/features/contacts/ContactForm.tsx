import type { ReactElement, ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import { contactInputSchema, type ContactInput } from '@shared/model/contact'
import { contactDisplayName } from '@shared/domain/contactList'
import {
  ComboField,
  EntityFormView,
  FormSection,
  MultiComboField,
  FullWidth,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
  useEntityForm,
  useT,
  type FieldOption,
} from '@renderer/components'
import { useCityOptions } from '@renderer/features/cities'
import { AddressFormFields } from './AddressFormFields'
import { contactFormToCandidate, type ContactFormValues } from './contactFormValues'
import { PhoneRows } from './PhoneRows'
import { PhotoField } from './PhotoField'

export type ContactFormProps = {
  initial: ContactFormValues
  organizationOptions: FieldOption[]
  tagOptions: FieldOption[]
  onSave: (input: ContactInput) => Promise<void>
  onCancel: () => void
  extraActions?: ReactNode
}

/** Everything protocol needs to know about a person, in sections. */
export function ContactForm(props: ContactFormProps): ReactElement {
  const { t } = useT()
  const cityOptions = useCityOptions()
  const form = useEntityForm({
    schema: contactInputSchema,
    toCandidate: contactFormToCandidate,
    defaultValues: props.initial,
  })
  const { control } = form
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

  return (
    <EntityFormView
      form={form}
      onSubmit={props.onSave}
      onCancel={props.onCancel}
      ariaLabel={t('contacts.formLabel')}
      extraActions={props.extraActions}
    >
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
        <TextField control={control} name="pronunciation" label={t('fields.pronunciation')} />
        <FullWidth>
          <PhotoField control={control} name={name} />
        </FullWidth>
      </FormSection>

      <FormSection title={t('contacts.sectionOffice')}>
        <TextField control={control} name="position" label={t('fields.position')} />
        <ComboField
          control={control}
          name="organizationId"
          label={t('fields.organization')}
          options={props.organizationOptions}
          emptyLabel={t('contacts.noOrganization')}
        />
        <SelectField
          control={control}
          name="cityId"
          label={t('fields.city')}
          options={cityOptions}
        />
        <TextField
          control={control}
          name="precedenceRank"
          label={t('fields.precedenceRank')}
          hint={t('contacts.rankHint')}
          inputMode="numeric"
        />
        <TextField
          control={control}
          name="inOfficeSince"
          label={t('fields.inOfficeSince')}
          type="date"
        />
      </FormSection>

      <FormSection title={t('contacts.sectionReach')}>
        <TextField control={control} name="email" label={t('fields.email')} type="email" />
        <TextField
          control={control}
          name="languages"
          label={t('fields.languages')}
          hint={t('fields.languagesHint')}
        />
        <SwitchField
          control={control}
          name="interpreterNeeded"
          label={t('fields.interpreterNeeded')}
        />
        <FullWidth>
          <PhoneRows control={control} />
        </FullWidth>
      </FormSection>

      <FormSection title={t('contacts.sectionAddress')} hint={t('contacts.addressHint')}>
        <AddressFormFields control={control} lang="de" />
        <AddressFormFields control={control} lang="en" />
      </FormSection>

      <FormSection title={t('contacts.sectionSensitive')} hint={t('contacts.sensitiveHint')}>
        <TextAreaField
          control={control}
          name="dietaryNeeds"
          label={t('fields.dietaryNeeds')}
          rows={2}
        />
        <TextAreaField
          control={control}
          name="accessibilityNeeds"
          label={t('fields.accessibilityNeeds')}
          rows={2}
        />
      </FormSection>

      <FormSection title={t('contacts.sectionMore')}>
        <FullWidth>
          <TextAreaField
            control={control}
            name="biography"
            label={t('fields.biography')}
            rows={6}
          />
        </FullWidth>
        <FullWidth>
          <MultiComboField
            control={control}
            name="tags"
            label={t('fields.tags')}
            options={props.tagOptions}
            allowFree
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField control={control} name="notes" label={t('fields.notes')} rows={3} />
        </FullWidth>
      </FormSection>
    </EntityFormView>
  )
}
