import { useEffect, useMemo, type ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import { CLASSIFICATIONS, FOCUS_THEMES } from '@shared/model/common'
import type { VisitInput } from '@shared/model/visit'
import { VISIT_DIRECTIONS, VISIT_STATUSES, visitInputSchema } from '@shared/model/visit'
import {
  ComboField,
  EntityFormView,
  FormSection,
  FullWidth,
  MultiComboField,
  SelectField,
  TextAreaField,
  DateField,
  TextField,
  useEntityForm,
  useT,
} from '@renderer/components'
import { useContacts, usePartnerCities, useProgrammes } from '@renderer/db/hooks'
import { useContactSearchKey } from '@renderer/features/contacts'
import { contactOptions as contactOptionsOf } from '../common/names'
import { useEnumOptions } from '../common/useEnumOptions'
import { programmeForCity, visitFormToInput, type VisitFormValues } from './visitFormValues'
import { VisitProtocolSection } from './VisitProtocolSection'

export type VisitFormProps = {
  defaultValues: VisitFormValues
  ariaLabel: string
  onSubmit: (input: VisitInput) => Promise<void>
  onCancel: () => void
}

/** Create and edit form of a visit; the page around it decides what saving means. */
export function VisitForm(props: VisitFormProps): ReactElement {
  const { t, lang } = useT()
  const enumOptions = useEnumOptions()
  const form = useEntityForm({
    schema: visitInputSchema,
    toCandidate: visitFormToInput,
    defaultValues: props.defaultValues,
  })
  const { control, getValues, setValue } = form
  const cities = usePartnerCities()
  const programmes = useProgrammes()
  const contacts = useContacts()
  const cityId = useWatch({ control, name: 'cityId' })

  useEffect(() => {
    // Wait for the programmes: clearing against an empty, still-loading list would lose the choice.
    if (!programmes) return
    const current = getValues('programmeId')
    const kept = programmeForCity(current, cityId, programmes)
    if (kept !== current) setValue('programmeId', kept)
  }, [cityId, programmes, getValues, setValue])

  const sortedCities = useMemo(
    () => [...(cities ?? [])].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang)),
    [cities, lang],
  )
  const cityOptions = sortedCities.map((c) => ({
    value: c.id,
    label:
      c.status === 'suspended'
        ? `${c.name[lang]} (${t('enum.cityStatus.suspended')})`
        : c.name[lang],
  }))
  const chosenCity = sortedCities.find((c) => c.id === cityId)
  const programmeOptions = (programmes ?? [])
    .filter((p) => p.cityId === cityId)
    .map((p) => ({ value: p.id, label: p.title }))
  const contactKey = useContactSearchKey()
  const contactOptions = useMemo(
    () => contactOptionsOf(contacts ?? [], undefined, contactKey),
    [contacts, contactKey],
  )
  const themeOptions = FOCUS_THEMES.map((key) => ({ value: key, label: t(`enum.theme.${key}`) }))
  const none = t('visits.form.none')

  return (
    <EntityFormView
      form={form}
      focusFirstField
      ariaLabel={props.ariaLabel}
      onSubmit={props.onSubmit}
      onCancel={props.onCancel}
    >
      <FormSection title={t('visits.form.sectionBasics')}>
        <FullWidth>
          <TextField control={control} name="title" label={t('visits.field.title')} required />
        </FullWidth>
        <SelectField
          control={control}
          name="direction"
          label={t('visits.field.direction')}
          options={enumOptions('direction', VISIT_DIRECTIONS)}
          required
        />
        <SelectField
          control={control}
          name="cityId"
          label={t('visits.field.city')}
          options={cityOptions}
          required
        />
        <SelectField
          control={control}
          name="status"
          label={t('visits.field.status')}
          options={enumOptions('visitStatus', VISIT_STATUSES)}
          required
        />
        {chosenCity?.status === 'suspended' ? (
          <FullWidth>
            <MessageBar intent="warning" role="status">
              <MessageBarBody>
                {t('visits.form.citySuspended', { city: chosenCity.name[lang] })}
              </MessageBarBody>
            </MessageBar>
          </FullWidth>
        ) : null}
        <DateField
          control={control}
          name="startDate"
          label={t('visits.field.startDate')}
          required
        />
        <DateField control={control} name="endDate" label={t('visits.field.endDate')} required />
        <SelectField
          control={control}
          name="classification"
          label={t('visits.field.classification')}
          options={enumOptions('classification', CLASSIFICATIONS)}
          required
        />
      </FormSection>
      <FormSection title={t('visits.form.sectionContent')}>
        <FullWidth>
          <MultiComboField
            control={control}
            name="themes"
            label={t('visits.field.themes')}
            hint={t('visits.form.themesHint')}
            options={themeOptions}
            allowFree
          />
        </FullWidth>
        <FullWidth>
          <SelectField
            control={control}
            name="programmeId"
            label={t('visits.field.programme')}
            options={programmeOptions}
            emptyLabel={cityId ? t('visits.form.noProgramme') : t('visits.form.chooseCityFirst')}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField control={control} name="purpose" label={t('visits.field.purpose')} />
        </FullWidth>
        <FullWidth>
          <TextAreaField control={control} name="objectives" label={t('visits.field.objectives')} />
        </FullWidth>
        <FullWidth>
          <TextAreaField
            control={control}
            name="background"
            label={t('visits.field.background')}
            rows={5}
          />
        </FullWidth>
      </FormSection>
      <FormSection title={t('visits.form.sectionPeople')}>
        <ComboField
          control={control}
          name="headOfDelegationId"
          label={t('visits.field.headOfDelegation')}
          hint={t('delegation.principalHint')}
          options={contactOptions}
          emptyLabel={none}
        />
        <ComboField
          control={control}
          name="hostId"
          label={t('visits.field.host')}
          hint={t('delegation.principalHint')}
          options={contactOptions}
          emptyLabel={none}
        />
      </FormSection>
      <VisitProtocolSection control={control} />
    </EntityFormView>
  )
}
