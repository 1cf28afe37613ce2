import type { ReactElement } from 'react'
import { CLASSIFICATIONS } from '@shared/model/common'
import { settingsInputSchema, type Settings } from '@shared/model/settings'
import {
  ComboField,
  EntityFormView,
  FormSection,
  SelectField,
  TextField,
  timeZoneOptions,
  useEntityForm,
  useNotify,
  useT,
} from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'

/** The language has its own instant switch, so this form leaves it alone. */
const generalSettingsSchema = settingsInputSchema.omit({ uiLanguage: true })

type GeneralSettingsValues = {
  homeCityName: string
  homeTimeZone: string
  officeName: string
  defaultClassification: string
}

const toCandidate = (values: GeneralSettingsValues): GeneralSettingsValues => values

/** Home city, its time zone, the office's name and the default classification of new visits. */
export function GeneralSettingsForm({ settings }: { settings: Settings }): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const notify = useNotify()
  const form = useEntityForm({
    schema: generalSettingsSchema,
    toCandidate,
    defaultValues: {
      homeCityName: settings.homeCityName,
      homeTimeZone: settings.homeTimeZone,
      officeName: settings.officeName,
      defaultClassification: settings.defaultClassification,
    },
  })
  const { control } = form

  return (
    <EntityFormView
      form={form}
      ariaLabel={t('settings.general')}
      onSubmit={async (input) => {
        const saved = await repos.settings.update(input)
        form.reset({
          homeCityName: saved.homeCityName,
          homeTimeZone: saved.homeTimeZone,
          officeName: saved.officeName,
          defaultClassification: saved.defaultClassification,
        })
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
        <ComboField
          control={control}
          name="homeTimeZone"
          label={t('fields.homeTimeZone')}
          options={timeZoneOptions()}
          freeform
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
    </EntityFormView>
  )
}
