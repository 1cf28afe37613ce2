import type { ReactElement } from 'react'
import { useFieldArray, type Control } from 'react-hook-form'
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { MAX_FURTHER_OFFICES } from '@shared/model/contact'
import { ComboField, DateField, TextField, useT, type FieldOption } from '@renderer/components'
import { emptyOffice, type ContactFormValues } from './contactFormValues'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  office: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  officeHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  push: { marginLeft: 'auto' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    alignItems: 'start',
  },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
})

/**
 * Offices a person holds besides the main one (up to 10): position, organization, rank and since
 * when. The row that gives the person's rank is marked.
 */
export function FurtherOfficeRows<O>(props: {
  control: Control<ContactFormValues, unknown, O>
  organizationOptions: FieldOption[]
  ranking: 'main' | number | null
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const { control } = props
  const { fields, append, remove } = useFieldArray({ control, name: 'furtherOffices' })
  return (
    <div className={styles.root}>
      <div className={styles.title}>
        <Text weight="semibold">{t('contactForm.furtherOffices')}</Text>
        <Text size={200} className={styles.hint}>
          {t('contactForm.furtherOfficesHint')}
        </Text>
      </div>
      {fields.map((field, index) => {
        const n = index + 1
        return (
          <div
            key={field.id}
            className={styles.office}
            role="group"
            aria-label={t('contactForm.officeN', { n })}
          >
            <div className={styles.officeHead}>
              <Text weight="semibold">{t('contactForm.officeN', { n })}</Text>
              {props.ranking === index ? (
                <Badge appearance="tint" color="brand">
                  {t('contactForm.givesRank')}
                </Badge>
              ) : null}
              <Button
                className={styles.push}
                appearance="subtle"
                icon={<DeleteRegular />}
                onClick={() => remove(index)}
              >
                {t('contactForm.removeOffice', { n })}
              </Button>
            </div>
            <div className={styles.row}>
              <TextField
                control={control}
                name={`furtherOffices.${index}.position`}
                label={t('contactForm.officePosition', { n })}
                required
              />
              <ComboField
                control={control}
                name={`furtherOffices.${index}.organizationId`}
                label={t('contactForm.officeOrganization', { n })}
                options={props.organizationOptions}
                emptyLabel={t('contacts.noOrganization')}
              />
              <TextField
                control={control}
                name={`furtherOffices.${index}.precedenceRank`}
                label={t('contactForm.officeRank', { n })}
                inputMode="numeric"
              />
              <DateField
                control={control}
                name={`furtherOffices.${index}.inOfficeSince`}
                label={t('contactForm.officeSince', { n })}
              />
            </div>
          </div>
        )
      })}
      {fields.length < MAX_FURTHER_OFFICES ? (
        <div>
          <Button icon={<AddRegular />} onClick={() => append(emptyOffice())}>
            {t('contactForm.addOffice')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
