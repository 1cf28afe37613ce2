import { useCallback, type ReactElement } from 'react'
import type { AccommodationInput } from '../../../../../shared/model/agenda'
import { accommodationInputSchema } from '../../../../../shared/model/agenda'
import {
  EntityFormView,
  FormSection,
  FullWidth,
  TextAreaField,
  TextField,
  useEntityForm,
  useT,
  type FieldOption,
} from '../../../components'
import { FormDialog } from '../common/FormDialog'
import { MultiComboField } from '../common/MultiComboField'
import { accommodationFormToInput, type AccommodationFormValues } from './accommodationFormValues'

export type AccommodationDialogProps = {
  open: boolean
  title: string
  visitId: string
  defaultValues: AccommodationFormValues
  participantOptions: readonly FieldOption[]
  onSave: (input: AccommodationInput) => Promise<void>
  onClose: () => void
}

export function AccommodationDialog(props: AccommodationDialogProps): ReactElement {
  return (
    <FormDialog open={props.open} title={props.title} onClose={props.onClose}>
      <AccommodationForm {...props} />
    </FormDialog>
  )
}

function AccommodationForm(props: AccommodationDialogProps): ReactElement {
  const { t } = useT()
  const { visitId } = props
  const toCandidate = useCallback(
    (values: AccommodationFormValues) => accommodationFormToInput(values, visitId),
    [visitId],
  )
  const form = useEntityForm({
    schema: accommodationInputSchema,
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
      <FormSection title={t('logistics.sectionStay')}>
        <FullWidth>
          <TextField control={control} name="hotel" label={t('logistics.hotel')} required />
        </FullWidth>
        <FullWidth>
          <TextField control={control} name="address" label={t('logistics.address')} />
        </FullWidth>
        <TextField control={control} name="phone" label={t('logistics.phone')} type="tel" />
        <TextField
          control={control}
          name="bookingReference"
          label={t('logistics.bookingReference')}
        />
        <TextField
          control={control}
          name="checkIn"
          label={t('logistics.checkIn')}
          type="date"
          required
        />
        <TextField
          control={control}
          name="checkOut"
          label={t('logistics.checkOut')}
          type="date"
          required
        />
        <FullWidth>
          <MultiComboField
            control={control}
            name="guestIds"
            label={t('logistics.guests')}
            options={props.participantOptions}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField control={control} name="notes" label={t('logistics.notes')} />
        </FullWidth>
      </FormSection>
    </EntityFormView>
  )
}
