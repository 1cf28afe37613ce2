import type { ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import { Text, makeStyles, tokens } from '@fluentui/react-components'
import type { ConflictChecker } from '@shared/domain/conflicts'
import { AGENDA_KINDS, PRESS_ACCESS, agendaItemInputSchema } from '@shared/model/agenda'
import type { AgendaItemInput } from '@shared/model/agenda'
import {
  EntityFormDialog,
  FormSection,
  FullWidth,
  MultiComboField,
  RadioGroupField,
  SelectField,
  TextAreaField,
  TextField,
  useT,
  type EntityForm,
  type FieldOption,
  type RowDialogProps,
} from '@renderer/components'
import { useEnumOptions } from '../common/useEnumOptions'
import { agendaFormToInput, type AgendaFormValues } from './agendaFormValues'
import { AgendaTimeSection } from './AgendaTimeSection'
import { DraftConflicts } from './DraftConflicts'

const useStyles = makeStyles({
  nobody: { color: tokens.colorStatusWarningForeground3 },
})

export type AgendaItemDialogProps = RowDialogProps<AgendaFormValues, AgendaItemInput> & {
  visitId: string
  homeZone: string
  homeCityName: string
  contactOptions: readonly FieldOption[]
  participantOptions: readonly FieldOption[]
  /** The office's conflicts, for the live check of the draft; undefined while loading. */
  checker: ConflictChecker | undefined
  /** The edited item's id, or a temporary one for a new item (the draft's identity). */
  itemId: string
}

type AgendaItemFieldsProps = Pick<
  AgendaItemDialogProps,
  'homeZone' | 'homeCityName' | 'contactOptions' | 'participantOptions' | 'checker' | 'itemId'
> & { visitId: string } & { form: EntityForm<AgendaFormValues, typeof agendaItemInputSchema> }

export function AgendaItemDialog(props: AgendaItemDialogProps): ReactElement {
  const { title, defaultValues, onSave, onClose, visitId, ...fields } = props
  return (
    <EntityFormDialog
      title={title}
      defaultValues={defaultValues}
      onSave={onSave}
      onClose={onClose}
      wide
      schema={agendaItemInputSchema}
      toCandidate={(values: AgendaFormValues) => agendaFormToInput(values, visitId)}
    >
      {(form) => <AgendaItemFields {...fields} visitId={visitId} form={form} />}
    </EntityFormDialog>
  )
}

function AgendaItemFields(props: AgendaItemFieldsProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const enumOptions = useEnumOptions()
  const { control } = props.form
  const [attendance, attendeeIds] = useWatch({ control, name: ['attendance', 'attendeeIds'] })

  return (
    <>
      <AgendaTimeSection
        form={props.form}
        homeZone={props.homeZone}
        homeCityName={props.homeCityName}
      />
      <DraftConflicts
        form={props.form}
        checker={props.checker}
        visitId={props.visitId}
        itemId={props.itemId}
      />
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
          <RadioGroupField
            control={control}
            name="attendance"
            label={t('agenda.attendance')}
            hint={attendance === 'everyone' ? t('agenda.attendeesHint') : undefined}
            layout="horizontal"
            options={[
              { value: 'everyone', label: t('agenda.attendanceEveryone') },
              { value: 'listed', label: t('agenda.attendanceListed') },
            ]}
          />
        </FullWidth>
        {attendance === 'listed' ? (
          <FullWidth>
            <MultiComboField
              control={control}
              name="attendeeIds"
              label={t('agenda.attendees')}
              options={props.participantOptions}
            />
            {attendeeIds.length === 0 ? (
              <Text className={styles.nobody} role="status">
                {t('agenda.nobodyListedHint')}
              </Text>
            ) : null}
          </FullWidth>
        ) : null}
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
      <FormSection title={t('agenda.sectionBriefing')}>
        <FullWidth>
          <TextAreaField
            control={control}
            name="desiredOutcome"
            label={t('agenda.desiredOutcome')}
            hint={t('agenda.desiredOutcomeHint')}
            rows={2}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField
            control={control}
            name="pointsToMake"
            label={t('agenda.pointsToMake')}
            hint={t('agenda.pointsToMakeHint')}
            rows={4}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField
            control={control}
            name="defensiveLines"
            label={t('agenda.defensiveLines')}
            hint={t('agenda.defensiveLinesHint')}
            rows={4}
          />
        </FullWidth>
      </FormSection>
      <FormSection title={t('agenda.sectionOnSite')}>
        <SelectField
          control={control}
          name="pressAccess"
          label={t('agenda.pressAccess')}
          options={enumOptions('pressAccess', PRESS_ACCESS)}
          emptyLabel={t('agenda.pressNotSet')}
        />
        <FullWidth>
          <TextField
            control={control}
            name="vehicle"
            label={t('agenda.vehicle')}
            hint={t('agenda.vehicleHint')}
          />
        </FullWidth>
        <FullWidth>
          <TextAreaField
            control={control}
            name="seatingNote"
            label={t('agenda.seatingNote')}
            rows={2}
          />
        </FullWidth>
      </FormSection>
    </>
  )
}
