import type { ReactElement } from 'react'
import { useFieldArray, type Control } from 'react-hook-form'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { MAX_EMERGENCY_NUMBERS, VISIT_CATEGORIES } from '@shared/model/visit'
import {
  FormSection,
  FullWidth,
  SelectField,
  TextAreaField,
  TextField,
  useT,
} from '@renderer/components'
import { useEnumOptions } from '../common/useEnumOptions'
import type { VisitFormValues } from './visitFormValues'

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 3fr) minmax(160px, 2fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  hint: { color: tokens.colorNeutralForeground3 },
})

type ProtocolControl<O> = Control<VisitFormValues, unknown, O>

/** The visit's protocol notes, grouped apart so the rest of the form stays short. */
export function VisitProtocolSection<O>({
  control,
}: {
  control: ProtocolControl<O>
}): ReactElement {
  const { t } = useT()
  const enumOptions = useEnumOptions()
  return (
    <FormSection title={t('visits.form.sectionProtocol')}>
      <SelectField
        control={control}
        name="category"
        label={t('visits.field.category')}
        hint={t('visits.form.categoryHint')}
        options={enumOptions('visitCategory', VISIT_CATEGORIES)}
        emptyLabel={t('visits.form.categoryNotSet')}
      />
      <FullWidth>
        <TextAreaField
          control={control}
          name="pressPlan"
          label={t('visits.field.pressPlan')}
          hint={t('visits.form.pressPlanHint')}
          rows={4}
        />
      </FullWidth>
      <FullWidth>
        <TextAreaField
          control={control}
          name="photoRules"
          label={t('visits.field.photoRules')}
          hint={t('visits.form.photoRulesHint')}
        />
      </FullWidth>
      <FullWidth>
        <TextAreaField
          control={control}
          name="securityNotes"
          label={t('visits.field.securityNotes')}
          hint={t('visits.form.securityNotesHint')}
          rows={4}
        />
      </FullWidth>
      <FullWidth>
        <TextAreaField
          control={control}
          name="flagsAndAnthems"
          label={t('visits.field.flagsAndAnthems')}
          hint={t('visits.form.flagsAndAnthemsHint')}
          rows={2}
        />
      </FullWidth>
      <FullWidth>
        <EmergencyNumberRows control={control} />
      </FullWidth>
    </FormSection>
  )
}

/** Label and number per line, e.g. "Botschaft Tokio, Bereitschaft" / "+81 3 5791 7700". */
function EmergencyNumberRows<O>({ control }: { control: ProtocolControl<O> }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { fields, append, remove } = useFieldArray({ control, name: 'emergencyNumbers' })
  return (
    <div className={styles.rows} role="group" aria-label={t('visits.field.emergencyNumbers')}>
      <Text weight="semibold">{t('visits.field.emergencyNumbers')}</Text>
      <Text size={200} className={styles.hint}>
        {t('visits.form.emergencyHint')}
      </Text>
      {fields.map((field, index) => {
        const n = index + 1
        return (
          <div key={field.id} className={styles.row}>
            <TextField
              control={control}
              name={`emergencyNumbers.${index}.label`}
              label={t('visits.form.emergencyLabel', { n })}
              required
            />
            <TextField
              control={control}
              name={`emergencyNumbers.${index}.number`}
              label={t('visits.form.emergencyNumber', { n })}
              type="tel"
              required
            />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t('visits.form.removeEmergencyNumber', { n })}
              onClick={() => remove(index)}
            />
          </div>
        )
      })}
      {fields.length < MAX_EMERGENCY_NUMBERS ? (
        <div>
          <Button icon={<AddRegular />} onClick={() => append({ label: '', number: '' })}>
            {t('visits.form.addEmergencyNumber')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
