import type { ReactElement } from 'react'
import { programmeInputSchema, type Programme } from '@shared/model/partnerCity'
import {
  FormDialog,
  MultiComboField,
  FullWidth,
  TextAreaField,
  TextField,
  useEntityForm,
  useNotify,
  useT,
} from '@renderer/components'
import { FOCUS_THEMES } from '@shared/model/common'
import { useRepos } from '@renderer/db/DbContext'
import { programmeFormToCandidate, programmeToForm } from './cityFormValues'

export type ProgrammeDialogProps = {
  cityId: string
  /** null: a new programme. */
  programme: Programme | null
  onClose: () => void
}

/** Create or edit one long-running programme of a partner city. Mounted only while open. */
export function ProgrammeDialog({
  cityId,
  programme,
  onClose,
}: ProgrammeDialogProps): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const notify = useNotify()
  const form = useEntityForm({
    schema: programmeInputSchema,
    toCandidate: programmeFormToCandidate,
    defaultValues: programmeToForm(programme, cityId),
  })
  const { control } = form
  const themeOptions = FOCUS_THEMES.map((key) => ({ value: key, label: t(`enum.theme.${key}`) }))
  return (
    <FormDialog
      open
      title={programme ? t('cities.programmes.edit') : t('cities.programmes.new')}
      form={form}
      onCancel={onClose}
      onSubmit={async (input) => {
        if (programme) await repos.programmes.update(programme.id, input)
        else await repos.programmes.create(input)
        notify({ title: t('common.saved'), body: input.title })
        onClose()
      }}
    >
      <div
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, alignItems: 'start' }}
      >
        <FullWidth>
          <TextField control={control} name="title" label={t('fields.programmeTitle')} required />
        </FullWidth>
        <TextField
          control={control}
          name="startYear"
          label={t('fields.startYear')}
          inputMode="numeric"
          required
        />
        <TextField
          control={control}
          name="endYear"
          label={t('fields.endYear')}
          inputMode="numeric"
          hint={t('cities.programmes.endYearHint')}
        />
        <FullWidth>
          <MultiComboField
            control={control}
            name="themes"
            label={t('fields.themes')}
            options={themeOptions}
            allowFree
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField
            control={control}
            name="description"
            label={t('fields.description')}
            rows={4}
          />
        </FullWidth>
      </div>
    </FormDialog>
  )
}
