import type { ReactElement, ReactNode } from 'react'
import { organizationInputSchema, type OrganizationInput } from '@shared/model/organization'
import {
  EntityFormView,
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  TextField,
  useEntityForm,
  useT,
} from '@renderer/components'
import { useCityOptions } from '@renderer/features/cities'
import { organizationFormToCandidate, type OrganizationFormValues } from './organizationFormValues'
import { useOrganizationKindOptions } from './useOrganizationKinds'

export type OrganizationFormProps = {
  initial: OrganizationFormValues
  onSave: (input: OrganizationInput) => Promise<void>
  onCancel: () => void
  extraActions?: ReactNode
}

export function OrganizationForm(props: OrganizationFormProps): ReactElement {
  const { t } = useT()
  const cityOptions = useCityOptions()
  const kindOptions = useOrganizationKindOptions()
  const form = useEntityForm({
    schema: organizationInputSchema,
    toCandidate: organizationFormToCandidate,
    defaultValues: props.initial,
  })
  const { control } = form
  return (
    <EntityFormView
      form={form}
      focusFirstField
      onSubmit={props.onSave}
      onCancel={props.onCancel}
      ariaLabel={t('organizations.formLabel')}
      extraActions={props.extraActions}
    >
      <FormSection title={t('organizations.sectionMain')}>
        <TextField control={control} name="name" label={t('fields.orgName')} required />
        <TextField
          control={control}
          name="localName"
          label={t('fields.localName')}
          hint={t('organizations.localNameHint')}
        />
        <SelectField
          control={control}
          name="kind"
          label={t('fields.orgKind')}
          options={kindOptions}
        />
        <SelectField
          control={control}
          name="cityId"
          label={t('fields.city')}
          options={cityOptions}
        />
        <FullWidth>
          <TextAreaField control={control} name="address" label={t('fields.address')} rows={3} />
        </FullWidth>
        <TextField
          control={control}
          name="web"
          label={t('fields.web')}
          type="url"
          placeholder="https://"
        />
        <FullWidth>
          <TextAreaField control={control} name="notes" label={t('fields.notes')} rows={4} />
        </FullWidth>
      </FormSection>
    </EntityFormView>
  )
}
