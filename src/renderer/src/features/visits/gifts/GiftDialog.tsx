import { useCallback, type ReactElement } from 'react'
import type { GiftInput } from '../../../../../shared/model/gift'
import { GIFT_DIRECTIONS } from '../../../../../shared/model/gift'
import {
  ComboField,
  EntityFormView,
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  TextField,
  useEntityForm,
  useT,
  type FieldOption,
} from '../../../components'
import { FormDialog } from '../common/FormDialog'
import { useEnumOptions } from '../common/useEnumOptions'
import { giftFormSchema, giftFormToInput, type GiftFormValues } from './giftFormValues'

export type GiftDialogProps = {
  open: boolean
  title: string
  visitId: string
  defaultValues: GiftFormValues
  contactOptions: readonly FieldOption[]
  onSave: (input: GiftInput) => Promise<void>
  onClose: () => void
}

export function GiftDialog(props: GiftDialogProps): ReactElement {
  return (
    <FormDialog open={props.open} title={props.title} onClose={props.onClose}>
      <GiftForm {...props} />
    </FormDialog>
  )
}

function GiftForm(props: GiftDialogProps): ReactElement {
  const { t } = useT()
  const enumOptions = useEnumOptions()
  const { visitId } = props
  const toCandidate = useCallback(
    (values: GiftFormValues) => giftFormToInput(values, visitId),
    [visitId],
  )
  const form = useEntityForm({
    schema: giftFormSchema,
    toCandidate,
    defaultValues: props.defaultValues,
  })
  const { control } = form
  const none = t('visits.form.none')
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
      <FormSection title={t('gifts.sectionGift')}>
        <SelectField
          control={control}
          name="direction"
          label={t('gifts.direction')}
          options={enumOptions('giftDirection', GIFT_DIRECTIONS)}
          required
        />
        <FullWidth>
          <TextAreaField
            control={control}
            name="description"
            label={t('gifts.description')}
            required
            rows={2}
          />
        </FullWidth>
        <ComboField
          control={control}
          name="giverId"
          label={t('gifts.giver')}
          options={props.contactOptions}
          emptyLabel={none}
        />
        <ComboField
          control={control}
          name="recipientId"
          label={t('gifts.recipient')}
          options={props.contactOptions}
          emptyLabel={none}
        />
        <TextField
          control={control}
          name="value"
          label={t('gifts.value')}
          inputMode="decimal"
          hint={t('gifts.valueHint')}
        />
        <TextField control={control} name="currency" label={t('gifts.currency')} maxLength={3} />
        <FullWidth>
          <TextAreaField
            control={control}
            name="disposition"
            label={t('gifts.disposition')}
            hint={t('gifts.dispositionHint')}
            rows={2}
          />
        </FullWidth>
      </FormSection>
    </EntityFormView>
  )
}
