import type { ReactElement } from 'react'
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { SuggestedAddressForm } from '@shared/domain/addressForms'
import type { UiLanguage } from '@shared/model/common'
import { TextAreaField, TextField, useT } from '@renderer/components'
import type { AddressFormValues, ContactFormValues } from './contactFormValues'
import { SuggestionHint } from './SuggestionHint'

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

const PARTS = [
  'letterSalutation',
  'spokenAddress',
  'envelope',
] as const satisfies readonly (keyof AddressFormValues)[]

/** Letter salutation, spoken address and envelope in one language, each with its suggestion. */
export function AddressFormFields<O>(props: {
  control: Control<ContactFormValues, unknown, O>
  setValue: UseFormSetValue<ContactFormValues>
  lang: UiLanguage
  suggestion: SuggestedAddressForm | null
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { control, lang } = props
  const language = t(`contacts.languageName.${lang}`)
  const current = useWatch({ control, name: `addressForms.${lang}` })
  return (
    <div className={styles.group} role="group" aria-label={t('contacts.addressIn', { language })}>
      <Text weight="semibold">{language}</Text>
      {PARTS.map((part) => {
        const name = `addressForms.${lang}.${part}` as const
        const label = t(`contacts.${part}`, { language })
        return (
          <div key={part}>
            {part === 'envelope' ? (
              <TextAreaField control={control} name={name} label={label} rows={4} />
            ) : (
              <TextField control={control} name={name} label={label} />
            )}
            <SuggestionHint
              suggestion={props.suggestion?.[part]}
              current={current[part]}
              fieldLabel={label}
              onTake={(value) =>
                props.setValue(name, value, { shouldDirty: true, shouldValidate: true })
              }
            />
          </div>
        )
      })}
    </div>
  )
}
