import { useCallback, type ReactElement } from 'react'
import type { FollowUpInput } from '../../../../../shared/model/gift'
import { FOLLOW_UP_STATUSES, followUpInputSchema } from '../../../../../shared/model/gift'
import {
  EntityFormView,
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  TextField,
  useEntityForm,
  useT,
} from '../../../components'
import { FormDialog } from '../common/FormDialog'
import { useEnumOptions } from '../common/useEnumOptions'
import { followUpFormToInput, type FollowUpFormValues } from './followUpFormValues'

export type FollowUpDialogProps = {
  open: boolean
  title: string
  visitId: string
  today: string
  previousDoneAt: string | null
  defaultValues: FollowUpFormValues
  onSave: (input: FollowUpInput) => Promise<void>
  onClose: () => void
}

export function FollowUpDialog(props: FollowUpDialogProps): ReactElement {
  return (
    <FormDialog open={props.open} title={props.title} onClose={props.onClose}>
      <FollowUpForm {...props} />
    </FormDialog>
  )
}

function FollowUpForm(props: FollowUpDialogProps): ReactElement {
  const { t } = useT()
  const enumOptions = useEnumOptions()
  const { visitId, today, previousDoneAt } = props
  const toCandidate = useCallback(
    (values: FollowUpFormValues) => followUpFormToInput(values, { visitId, today, previousDoneAt }),
    [visitId, today, previousDoneAt],
  )
  const form = useEntityForm({
    schema: followUpInputSchema,
    toCandidate,
    defaultValues: props.defaultValues,
  })
  const { control } = form
  return (
    <EntityFormView
      form={form}
      ariaLabel={props.title}
      escapeCancels={false}
      onCancel={props.onClose}
      onSubmit={async (input) => {
        await props.onSave(input)
        props.onClose()
      }}
    >
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
        <TextField control={control} name="dueDate" label={t('followUps.dueDate')} type="date" />
        <SelectField
          control={control}
          name="status"
          label={t('followUps.status')}
          options={enumOptions('followUpStatus', FOLLOW_UP_STATUSES)}
          required
        />
      </FormSection>
    </EntityFormView>
  )
}
