import type { ReactElement } from 'react'
import type { Control } from 'react-hook-form'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { UiLanguage } from '@shared/model/common'
import { TextAreaField, TextField, useT } from '@renderer/components'
import type { ContactFormValues } from './contactFormValues'

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

/** Letter salutation, spoken address and envelope in one language. */
export function AddressFormFields<O>(props: {
  control: Control<ContactFormValues, unknown, O>
  lang: UiLanguage
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { control, lang } = props
  const language = t(`contacts.languageName.${lang}`)
  return (
    <div className={styles.group} role="group" aria-label={t('contacts.addressIn', { language })}>
      <Text weight="semibold">{language}</Text>
      <TextField
        control={control}
        name={`addressForms.${lang}.letterSalutation`}
        label={t('contacts.letterSalutation', { language })}
      />
      <TextField
        control={control}
        name={`addressForms.${lang}.spokenAddress`}
        label={t('contacts.spokenAddress', { language })}
      />
      <TextAreaField
        control={control}
        name={`addressForms.${lang}.envelope`}
        label={t('contacts.envelope', { language })}
        rows={4}
      />
    </div>
  )
}
