import type { ReactElement } from 'react'
import { CITY_STATUSES, partnerCityInputSchema } from '@shared/model/partnerCity'
import type { PartnerCityInput } from '@shared/model/partnerCity'
import {
  EntityFormView,
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  TextField,
  TimeZoneField,
  useEntityForm,
  useT,
} from '@renderer/components'
import { cityFormToCandidate, type CityFormValues } from './cityFormValues'

export type CityFormProps = {
  initial: CityFormValues
  onSave: (input: PartnerCityInput) => Promise<void>
  onCancel: () => void
}

/** Names and country in both languages, ISO code, IANA zone, partnership year and status. */
export function CityForm({ initial, onSave, onCancel }: CityFormProps): ReactElement {
  const { t } = useT()
  const form = useEntityForm({
    schema: partnerCityInputSchema,
    toCandidate: cityFormToCandidate,
    defaultValues: initial,
  })
  const { control } = form
  return (
    <EntityFormView
      form={form}
      focusFirstField
      onSubmit={onSave}
      onCancel={onCancel}
      ariaLabel={t('cities.formLabel')}
    >
      <FormSection title={t('cities.sectionNames')}>
        <TextField control={control} name="name.de" label={t('fields.nameDe')} required />
        <TextField control={control} name="name.en" label={t('fields.nameEn')} required />
        <TextField control={control} name="country.de" label={t('fields.countryDe')} required />
        <TextField control={control} name="country.en" label={t('fields.countryEn')} required />
      </FormSection>
      <FormSection title={t('cities.sectionPartnership')}>
        <TextField
          control={control}
          name="countryCode"
          label={t('fields.countryCode')}
          hint={t('cities.countryCodeHint')}
          maxLength={2}
          required
        />
        <TimeZoneField control={control} name="timeZone" label={t('fields.timeZone')} required />
        <TextField
          control={control}
          name="partnerSince"
          label={t('fields.partnerSince')}
          inputMode="numeric"
          required
        />
        <SelectField
          control={control}
          name="status"
          label={t('fields.status')}
          options={CITY_STATUSES.map((s) => ({ value: s, label: t(`enum.cityStatus.${s}`) }))}
        />
        <TextField
          control={control}
          name="languages"
          label={t('fields.languages')}
          hint={t('fields.languagesHint')}
        />
        <FullWidth>
          <TextAreaField control={control} name="notes" label={t('fields.notes')} rows={4} />
        </FullWidth>
      </FormSection>
    </EntityFormView>
  )
}
