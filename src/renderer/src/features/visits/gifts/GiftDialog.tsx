import type { ReactElement } from 'react'
import type { GiftRepeatIndex } from '@shared/domain/giftRepeats'
import type { GiftInput } from '@shared/model/gift'
import { GIFT_DIRECTIONS } from '@shared/model/gift'
import {
  ComboField,
  EntityFormDialog,
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  TextField,
  useT,
  type FieldOption,
  type RowDialogProps,
} from '@renderer/components'
import { useEnumOptions } from '../common/useEnumOptions'
import { GiftRepeatNotice } from './GiftRepeatNotice'
import { giftFormSchema, giftFormToInput, type GiftFormValues } from './giftFormValues'

export type GiftDialogProps = RowDialogProps<GiftFormValues, GiftInput> & {
  visitId: string
  contactOptions: readonly FieldOption[]
  /** Earlier gifts, for the warning that this one was already given; undefined while loading. */
  repeatIndex: GiftRepeatIndex | undefined
  /** The gift being edited, so it is not taken for an earlier one; undefined for a new gift. */
  giftId: string | undefined
}

export function GiftDialog(props: GiftDialogProps): ReactElement {
  const { visitId, contactOptions, repeatIndex, giftId, ...dialog } = props
  const { t } = useT()
  const enumOptions = useEnumOptions()
  const none = t('visits.form.none')
  return (
    <EntityFormDialog
      {...dialog}
      wide
      schema={giftFormSchema}
      toCandidate={(values: GiftFormValues) => giftFormToInput(values, visitId)}
    >
      {({ control }) => (
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
            options={contactOptions}
            emptyLabel={none}
          />
          <ComboField
            control={control}
            name="recipientId"
            label={t('gifts.recipient')}
            options={contactOptions}
            emptyLabel={none}
          />
          <FullWidth>
            <GiftRepeatNotice
              control={control}
              index={repeatIndex}
              visitId={visitId}
              giftId={giftId}
            />
          </FullWidth>
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
      )}
    </EntityFormDialog>
  )
}
