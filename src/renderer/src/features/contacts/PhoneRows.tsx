import type { ReactElement } from 'react'
import { useFieldArray, type Control } from 'react-hook-form'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { TextField, useT } from '@renderer/components'
import type { ContactFormValues } from './contactFormValues'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 1fr) minmax(180px, 2fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
})

/** Any number of phone numbers (up to 10), each with a label such as "Büro" or "Mobil". */
export function PhoneRows<O>({
  control,
}: {
  control: Control<ContactFormValues, unknown, O>
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { fields, append, remove } = useFieldArray({ control, name: 'phones' })
  return (
    <div className={styles.root}>
      <Text weight="semibold">{t('fields.phones')}</Text>
      {fields.map((field, index) => {
        const n = index + 1
        return (
          <div key={field.id} className={styles.row}>
            <TextField
              control={control}
              name={`phones.${index}.label`}
              label={t('contacts.phoneLabel', { n })}
            />
            <TextField
              control={control}
              name={`phones.${index}.number`}
              label={t('contacts.phoneNumber', { n })}
              type="tel"
              required
            />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t('contacts.removePhone', { n })}
              onClick={() => remove(index)}
            />
          </div>
        )
      })}
      {fields.length < 10 ? (
        <div>
          <Button icon={<AddRegular />} onClick={() => append({ label: '', number: '' })}>
            {t('contacts.addPhone')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
