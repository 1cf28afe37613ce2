import type { ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { splitDuration, travelDurationMinutes } from '@shared/domain/travel'
import { TRAVEL_MODES } from '@shared/model/agenda'
import {
  EntityFormDialog,
  FormSection,
  FullWidth,
  MultiComboField,
  SelectField,
  TextAreaField,
  DateTimeField,
  TextField,
  TimeZoneField,
  useT,
  type EntityForm,
  type FieldOption,
  type RowDialogProps,
} from '@renderer/components'
import { useEnumOptions } from '../common/useEnumOptions'
import {
  travelFormSchema,
  travelFormToInput,
  type TravelFormOutput,
  type TravelFormValues,
} from './travelFormValues'

const useStyles = makeStyles({ duration: { color: tokens.colorNeutralForeground2 } })

export type TravelSegmentDialogProps = RowDialogProps<TravelFormValues, TravelFormOutput> & {
  visitId: string
  participantOptions: readonly FieldOption[]
}

export function TravelSegmentDialog(props: TravelSegmentDialogProps): ReactElement {
  const { visitId, participantOptions, ...dialog } = props
  return (
    <EntityFormDialog
      {...dialog}
      wide
      schema={travelFormSchema}
      toCandidate={(values: TravelFormValues) => travelFormToInput(values, visitId)}
    >
      {(form) => <TravelSegmentFields form={form} participantOptions={participantOptions} />}
    </EntityFormDialog>
  )
}

function TravelSegmentFields(props: {
  form: EntityForm<TravelFormValues, typeof travelFormSchema>
  participantOptions: readonly FieldOption[]
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const enumOptions = useEnumOptions()
  const { control } = props.form
  const [departureLocal, departureZone, arrivalLocal, arrivalZone] = useWatch({
    control,
    name: ['departureLocal', 'departureZone', 'arrivalLocal', 'arrivalZone'],
  })
  const minutes = travelDurationMinutes({
    departureLocal,
    departureZone,
    arrivalLocal,
    arrivalZone,
  })

  return (
    <>
      <FormSection title={t('logistics.sectionRoute')}>
        <SelectField
          control={control}
          name="mode"
          label={t('logistics.mode')}
          options={enumOptions('travelMode', TRAVEL_MODES)}
          required
        />
        <TextField
          control={control}
          name="service"
          label={t('logistics.service')}
          placeholder={t('logistics.servicePlaceholder')}
        />
        <TextField control={control} name="from" label={t('logistics.from')} required />
        <TextField control={control} name="to" label={t('logistics.to')} required />
      </FormSection>
      <FormSection title={t('logistics.sectionTimes')} hint={t('logistics.timesHint')}>
        <DateTimeField
          control={control}
          name="departureLocal"
          label={t('logistics.departure')}
          required
        />
        <TimeZoneField
          control={control}
          name="departureZone"
          label={t('logistics.departureZone')}
          required
        />
        <DateTimeField
          control={control}
          name="arrivalLocal"
          label={t('logistics.arrival')}
          required
        />
        <TimeZoneField
          control={control}
          name="arrivalZone"
          label={t('logistics.arrivalZone')}
          required
        />
        <FullWidth>
          <Text className={styles.duration} role="status">
            {minutes !== null && minutes > 0
              ? t('logistics.durationIs', {
                  duration: t('logistics.durationValue', splitDuration(minutes)),
                })
              : ''}
          </Text>
        </FullWidth>
      </FormSection>
      <FormSection title={t('logistics.sectionBooking')}>
        <TextField
          control={control}
          name="bookingReference"
          label={t('logistics.bookingReference')}
        />
        <FullWidth>
          <MultiComboField
            control={control}
            name="travellerIds"
            label={t('logistics.travellers')}
            options={props.participantOptions}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField control={control} name="notes" label={t('logistics.notes')} />
        </FullWidth>
      </FormSection>
    </>
  )
}
