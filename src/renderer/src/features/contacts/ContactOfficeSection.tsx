import type { ReactElement } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { Text } from '@fluentui/react-components'
import {
  ComboField,
  FormSection,
  FullWidth,
  SelectField,
  DateField,
  TextField,
  useT,
  type FieldOption,
} from '@renderer/components'
import { useCityOptions } from '@renderer/features/cities'
import { rankingOffice, type ContactFormValues } from './contactFormValues'
import { FurtherOfficeRows } from './FurtherOfficeRows'

/** Main office, organization, city, rank and the further offices, with which one gives the rank. */
export function ContactOfficeSection<O>(props: {
  control: Control<ContactFormValues, unknown, O>
  organizationOptions: FieldOption[]
}): ReactElement {
  const { t } = useT()
  const { control } = props
  const cityOptions = useCityOptions()
  const [precedenceRank, inOfficeSince, furtherOffices] = useWatch({
    control,
    name: ['precedenceRank', 'inOfficeSince', 'furtherOffices'],
  })
  const ranking = rankingOffice({ precedenceRank, inOfficeSince, furtherOffices })
  const rankText =
    ranking === null
      ? t('contactForm.rankByNone')
      : ranking === 'main'
        ? t('contactForm.rankByMain')
        : t('contactForm.rankByFurther', {
            n: ranking + 1,
            position: furtherOffices[ranking]?.position || '…',
          })

  return (
    <FormSection title={t('contacts.sectionOffice')}>
      <TextField control={control} name="position" label={t('fields.position')} />
      <ComboField
        control={control}
        name="organizationId"
        label={t('fields.organization')}
        options={props.organizationOptions}
        emptyLabel={t('contacts.noOrganization')}
      />
      <SelectField control={control} name="cityId" label={t('fields.city')} options={cityOptions} />
      <TextField
        control={control}
        name="precedenceRank"
        label={t('fields.precedenceRank')}
        hint={t('contacts.rankHint')}
        inputMode="numeric"
      />
      <DateField control={control} name="inOfficeSince" label={t('fields.inOfficeSince')} />
      <FullWidth>
        <FurtherOfficeRows
          control={control}
          organizationOptions={props.organizationOptions}
          ranking={ranking}
        />
      </FullWidth>
      <FullWidth>
        <Text role="status" data-testid="ranking-office">
          {rankText}
        </Text>
      </FullWidth>
    </FormSection>
  )
}
