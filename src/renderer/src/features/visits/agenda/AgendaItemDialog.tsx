import { useCallback, type ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import { Text, makeStyles, tokens } from '@fluentui/react-components'
import { tryAgendaTimesIn } from '../../../../../shared/domain/agenda'
import { AGENDA_KINDS, agendaItemInputSchema } from '../../../../../shared/model/agenda'
import type { AgendaItemInput } from '../../../../../shared/model/agenda'
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
import { MultiComboField } from '../common/MultiComboField'
import { timeZoneOptions } from '../common/timeZones'
import { useEnumOptions } from '../common/useEnumOptions'
import { agendaFormToInput, type AgendaFormValues } from './agendaFormValues'
import { spanText } from './agendaText'

const useStyles = makeStyles({
  home: { color: tokens.colorNeutralForeground2, alignSelf: 'end', paddingBottom: '6px' },
})

export type AgendaItemDialogProps = {
  open: boolean
  title: string
  visitId: string
  defaultValues: AgendaFormValues
  homeZone: string
  homeCityName: string
  contactOptions: readonly FieldOption[]
  participantOptions: readonly FieldOption[]
  onSave: (input: AgendaItemInput) => Promise<void>
  onClose: () => void
}

export function AgendaItemDialog(props: AgendaItemDialogProps): ReactElement {
  return (
    <FormDialog open={props.open} title={props.title} onClose={props.onClose}>
      <AgendaItemForm {...props} />
    </FormDialog>
  )
}

function AgendaItemForm(props: AgendaItemDialogProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const enumOptions = useEnumOptions()
  const { visitId } = props
  const toCandidate = useCallback(
    (values: AgendaFormValues) => agendaFormToInput(values, visitId),
    [visitId],
  )
  const form = useEntityForm({
    schema: agendaItemInputSchema,
    toCandidate,
    defaultValues: props.defaultValues,
  })
  const { control } = form
  const [date, startTime, endTime, timeZone] = useWatch({
    control,
    name: ['date', 'startTime', 'endTime', 'timeZone'],
  })
  const home = tryAgendaTimesIn({ date, startTime, endTime, timeZone }, props.homeZone)

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
      <FormSection title={t('agenda.sectionTime')}>
        <TextField control={control} name="date" label={t('agenda.date')} type="date" required />
        <TextField
          control={control}
          name="startTime"
          label={t('agenda.startTime')}
          type="time"
          required
        />
        <TextField
          control={control}
          name="endTime"
          label={t('agenda.endTime')}
          type="time"
          required
        />
        <ComboField
          control={control}
          name="timeZone"
          label={t('agenda.timeZone')}
          options={timeZoneOptions()}
          freeform
          required
        />
        <FullWidth>
          <Text className={styles.home} role="status">
            {home
              ? t('agenda.homeTimePreview', {
                  city: props.homeCityName,
                  time: spanText(home, t),
                })
              : ''}
          </Text>
        </FullWidth>
      </FormSection>
      <FormSection title={t('agenda.sectionContent')}>
        <SelectField
          control={control}
          name="kind"
          label={t('agenda.kind')}
          options={enumOptions('agendaKind', AGENDA_KINDS)}
          required
        />
        <FullWidth>
          <TextField control={control} name="title" label={t('agenda.title')} required />
        </FullWidth>
        <TextField control={control} name="place" label={t('agenda.place')} />
        <TextField control={control} name="address" label={t('agenda.address')} />
        <FullWidth>
          <MultiComboField
            control={control}
            name="counterpartIds"
            label={t('agenda.counterparts')}
            options={props.contactOptions}
          />
        </FullWidth>
        <FullWidth>
          <MultiComboField
            control={control}
            name="attendeeIds"
            label={t('agenda.attendees')}
            hint={t('agenda.attendeesHint')}
            options={props.participantOptions}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField control={control} name="purpose" label={t('agenda.purpose')} />
        </FullWidth>
        <FullWidth>
          <TextAreaField
            control={control}
            name="talkingPoints"
            label={t('agenda.talkingPoints')}
            rows={4}
          />
        </FullWidth>
        <TextField control={control} name="dressCode" label={t('agenda.dressCode')} />
        <TextField control={control} name="interpreter" label={t('agenda.interpreter')} />
        <FullWidth>
          <TextAreaField control={control} name="notes" label={t('agenda.notes')} />
        </FullWidth>
      </FormSection>
    </EntityFormView>
  )
}
