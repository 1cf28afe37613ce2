import type { ReactElement } from 'react'
import type { FollowUpInput } from '@shared/model/gift'
import { FOLLOW_UP_STATUSES, followUpInputSchema } from '@shared/model/gift'
import {
  EntityFormDialog,
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  DateField,
  TextField,
  useT,
  type RowDialogProps,
} from '@renderer/components'
import { useEnumOptions } from '../common/useEnumOptions'
import { followUpFormToInput, type FollowUpFormValues } from './followUpFormValues'

export type FollowUpDialogProps = RowDialogProps<FollowUpFormValues, FollowUpInput> & {
  visitId: string
  today: string
  previousDoneAt: string | null
}

export function FollowUpDialog(props: FollowUpDialogProps): ReactElement {
  const { visitId, today, previousDoneAt, ...dialog } = props
  const { t } = useT()
  const enumOptions = useEnumOptions()
  return (
    <EntityFormDialog
      {...dialog}
      wide
      schema={followUpInputSchema}
      toCandidate={(values: FollowUpFormValues) =>
        followUpFormToInput(values, { visitId, today, previousDoneAt })
      }
    >
      {({ control }) => (
        <FormSection title={t('followUps.sectionTask')}>
          <FullWidth>
            <TextAreaField
              control={control}
              name="what"
              label={t('followUps.what')}
              required
              rows={2}
            />
          </FullWidth>
          <TextField control={control} name="owner" label={t('followUps.owner')} />
          <DateField control={control} name="dueDate" label={t('followUps.dueDate')} />
          <SelectField
            control={control}
            name="status"
            label={t('followUps.status')}
            options={enumOptions('followUpStatus', FOLLOW_UP_STATUSES)}
            required
          />
        </FormSection>
      )}
    </EntityFormDialog>
  )
}
