import { useEffect, useRef, type ReactElement } from 'react'
import { useWatch } from 'react-hook-form'
import type { ParticipantInput } from '@shared/model/visit'
import { PARTICIPANT_ROLES, PARTICIPANT_SIDES, participantInputSchema } from '@shared/model/visit'
import {
  ComboField,
  EntityFormDialog,
  type FieldOption,
  FormSection,
  FullWidth,
  SelectField,
  SwitchField,
  TextField,
  useT,
  type EntityForm,
  type RowDialogProps,
} from '@renderer/components'
import { useEnumOptions } from '../common/useEnumOptions'
import { participantFormToInput, type ParticipantFormValues } from './participantFormValues'

export type ParticipantDialogProps = RowDialogProps<ParticipantFormValues, ParticipantInput> & {
  visitId: string
  /** The person's name; the contact itself is chosen when they are added, not changed here. */
  name: string
  /** Whom they may stand in for: contacts other than themselves. */
  standInOptions: readonly FieldOption[]
}

/** Side, role, whom they stand in for, and the trip mobile of one participant. */
export function ParticipantDialog(props: ParticipantDialogProps): ReactElement {
  const { visitId, name, standInOptions, ...dialog } = props
  return (
    <EntityFormDialog
      {...dialog}
      schema={participantInputSchema}
      toCandidate={(values: ParticipantFormValues) => participantFormToInput(values, visitId)}
    >
      {(form) => <ParticipantFields form={form} name={name} standInOptions={standInOptions} />}
    </EntityFormDialog>
  )
}

function ParticipantFields(props: {
  form: EntityForm<ParticipantFormValues, typeof participantInputSchema>
  name: string
  standInOptions: readonly FieldOption[]
}): ReactElement {
  const { t } = useT()
  const enumOptions = useEnumOptions()
  const { control, setValue } = props.form
  const tripMobile = useWatch({ control, name: 'tripMobile' })
  const checkedNumber = useRef(tripMobile)
  useEffect(() => {
    // A check proved that one number works abroad, not the one typed over it.
    if (tripMobile.trim() !== checkedNumber.current.trim()) setValue('mobileVerified', false)
    checkedNumber.current = tripMobile
  }, [tripMobile, setValue])
  return (
    <FormSection title={props.name}>
      <SelectField
        control={control}
        name="side"
        label={t('participants.side')}
        options={enumOptions('side', PARTICIPANT_SIDES)}
      />
      <SelectField
        control={control}
        name="role"
        label={t('participants.role')}
        options={enumOptions('role', PARTICIPANT_ROLES)}
      />
      <FullWidth>
        <ComboField
          control={control}
          name="standsInForId"
          label={t('delegation.standsInFor')}
          hint={t('delegation.standsInForHint')}
          options={props.standInOptions}
          emptyLabel={t('delegation.standsInForNobody')}
        />
      </FullWidth>
      <FullWidth>
        <TextField
          control={control}
          name="tripMobile"
          label={t('participants.tripMobile')}
          hint={t('participants.tripMobileHint')}
          type="tel"
        />
      </FullWidth>
      <FullWidth>
        <SwitchField
          control={control}
          name="mobileVerified"
          label={t('participants.mobileVerified')}
          hint={t('participants.mobileVerifiedHint')}
        />
      </FullWidth>
    </FormSection>
  )
}
