import type { ReactElement } from 'react'
import { CLASSIFICATIONS } from '@shared/model/common'
import { COMPANION_SEATINGS } from '@shared/model/seatingPlan'
import { settingsInputSchema, type Settings } from '@shared/model/settings'
import {
  EntityFormView,
  FormSection,
  SelectField,
  TextField,
  TimeZoneField,
  useEntityForm,
  useNotify,
  useT,
} from '@renderer/components'
import { requiredNumber } from '@renderer/components/form/converters'
import { useRepos } from '@renderer/db/DbContext'

/** The language has its own instant switch, so this form leaves it alone. */
const generalSettingsSchema = settingsInputSchema.omit({ uiLanguage: true })

type GeneralSettingsValues = {
  homeCityName: string
  homeTimeZone: string
  officeName: string
  defaultClassification: string
  /** Typed as text ("15"); the schema names a missing or broken number. */
  conflictBufferMinutes: string
  companionSeating: string
}

const toCandidate = (values: GeneralSettingsValues): unknown => ({
  ...values,
  conflictBufferMinutes: requiredNumber(values.conflictBufferMinutes),
})

function toValues(settings: Settings): GeneralSettingsValues {
  return {
    homeCityName: settings.homeCityName,
    homeTimeZone: settings.homeTimeZone,
    officeName: settings.officeName,
    defaultClassification: settings.defaultClassification,
    conflictBufferMinutes: String(settings.conflictBufferMinutes),
    companionSeating: settings.companionSeating,
  }
}

/** Home city, its time zone, the office's name and the default classification of new visits. */
export function GeneralSettingsForm({ settings }: { settings: Settings }): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const notify = useNotify()
  const form = useEntityForm({
    schema: generalSettingsSchema,
    toCandidate,
    defaultValues: toValues(settings),
  })
  const { control } = form

  return (
    <EntityFormView
      form={form}
      ariaLabel={t('settings.general')}
      onSubmit={async (input) => {
        const saved = await repos.settings.update(input)
        form.reset(toValues(saved))
        notify({ title: t('common.saved') })
      }}
    >
      <FormSection title={t('settings.office')}>
        <TextField control={control} name="officeName" label={t('fields.officeName')} required />
        <TextField
          control={control}
          name="homeCityName"
          label={t('fields.homeCityName')}
          required
        />
        <TimeZoneField
          control={control}
          name="homeTimeZone"
          label={t('fields.homeTimeZone')}
          required
        />
        <SelectField
          control={control}
          name="defaultClassification"
          label={t('fields.defaultClassification')}
          options={CLASSIFICATIONS.map((c) => ({
            value: c,
            label: t(`enum.classification.${c}`),
          }))}
        />
      </FormSection>
      <FormSection title={t('settings.programme')}>
        <TextField
          control={control}
          name="conflictBufferMinutes"
          label={t('fields.conflictBufferMinutes')}
          hint={t('settings.conflictBufferHint')}
          inputMode="numeric"
          required
        />
        <SelectField
          control={control}
          name="companionSeating"
          label={t('seating.settings.companions')}
          hint={t('seating.settings.companionsHint')}
          options={COMPANION_SEATINGS.map((c) => ({
            value: c,
            label: t(`seating.settings.companion.${c}`),
          }))}
        />
      </FormSection>
    </EntityFormView>
  )
}
