import type { ReactElement, ReactNode } from 'react'
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import { ShieldLockRegular } from '@fluentui/react-icons'
import { contactWithPhotoInputSchema, type ContactWithPhotoInput } from '@shared/model/contactPhoto'
import type { Organization } from '@shared/model/organization'
import {
  EntityFormView,
  FormSection,
  FullWidth,
  MultiComboField,
  TextAreaField,
  useEntityForm,
  useT,
  type FieldOption,
} from '@renderer/components'
import { AddressFormFields } from './AddressFormFields'
import { ContactOfficeSection } from './ContactOfficeSection'
import { ContactPersonSection } from './ContactPersonSection'
import { ContactReachSection } from './ContactReachSection'
import { contactFormToCandidate, type ContactFormValues } from './contactFormValues'
import { useAddressSuggestions } from './useAddressSuggestions'

const useStyles = makeStyles({
  // Side by side, German and English forms of the same person read as one table.
  languages: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
  },
})

export type ContactFormProps = {
  initial: ContactFormValues
  organizationOptions: FieldOption[]
  /** Live organizations: their names and addresses go into the suggested envelopes. */
  organizations: readonly Organization[]
  tagOptions: FieldOption[]
  onSave: (input: ContactWithPhotoInput) => Promise<void>
  onCancel: () => void
  extraActions?: ReactNode
}

/** Everything protocol needs to know about a person, in sections. */
export function ContactForm(props: ContactFormProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const form = useEntityForm({
    schema: contactWithPhotoInputSchema,
    toCandidate: contactFormToCandidate,
    defaultValues: props.initial,
  })
  const { control, setValue } = form
  const suggestions = useAddressSuggestions(control, props.organizations)

  return (
    <EntityFormView
      form={form}
      focusFirstField
      onSubmit={props.onSave}
      onCancel={props.onCancel}
      ariaLabel={t('contacts.formLabel')}
      extraActions={props.extraActions}
    >
      <ContactPersonSection control={control} />
      <ContactOfficeSection control={control} organizationOptions={props.organizationOptions} />
      <ContactReachSection control={control} />

      <FormSection title={t('contacts.sectionAddress')} hint={t('contactForm.addressHint')}>
        <FullWidth>
          <div className={styles.languages}>
            {(['de', 'en'] as const).map((lang) => (
              <AddressFormFields
                key={lang}
                control={control}
                setValue={setValue}
                lang={lang}
                suggestion={suggestions[lang]}
              />
            ))}
          </div>
        </FullWidth>
      </FormSection>

      <FormSection title={t('contacts.sectionSensitive')} hint={t('contacts.sensitiveHint')}>
        <FullWidth>
          <Badge appearance="tint" color="danger" icon={<ShieldLockRegular />}>
            {t('contactForm.sensitiveBadge')}
          </Badge>
        </FullWidth>
        <TextAreaField
          control={control}
          name="dietaryNeeds"
          label={t('contactForm.dietaryNeedsSensitive')}
          rows={2}
        />
        <TextAreaField
          control={control}
          name="accessibilityNeeds"
          label={t('contactForm.accessibilityNeedsSensitive')}
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
