import type { ReactElement } from 'react'
import type { AccommodationInput } from '@shared/model/agenda'
import { accommodationInputSchema } from '@shared/model/agenda'
import {
  EntityFormDialog,
  FormSection,
  FullWidth,
  MultiComboField,
  TextAreaField,
  DateField,
  TextField,
  useT,
  type FieldOption,
  type RowDialogProps,
} from '@renderer/components'
import { accommodationFormToInput, type AccommodationFormValues } from './accommodationFormValues'

export type AccommodationDialogProps = RowDialogProps<
  AccommodationFormValues,
  AccommodationInput
> & {
  visitId: string
  participantOptions: readonly FieldOption[]
}

export function AccommodationDialog(props: AccommodationDialogProps): ReactElement {
  const { visitId, participantOptions, ...dialog } = props
  const { t } = useT()
  return (
    <EntityFormDialog
      {...dialog}
      wide
      schema={accommodationInputSchema}
      toCandidate={(values: AccommodationFormValues) => accommodationFormToInput(values, visitId)}
    >
      {({ control }) => (
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
          <DateField control={control} name="checkIn" label={t('logistics.checkIn')} required />
          <DateField control={control} name="checkOut" label={t('logistics.checkOut')} required />
          <FullWidth>
            <MultiComboField
              control={control}
              name="guestIds"
              label={t('logistics.guests')}
              options={participantOptions}
            />
          </FullWidth>
          <FullWidth>
            <TextAreaField control={control} name="notes" label={t('logistics.notes')} />
          </FullWidth>
        </FormSection>
      )}
    </EntityFormDialog>
  )
}
