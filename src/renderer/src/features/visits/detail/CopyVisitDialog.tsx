import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { useWatch } from 'react-hook-form'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { CopyRegular } from '@fluentui/react-icons'
import { addDaysToDate, formatDate, todayIn } from '@shared/dates'
import { daysBetween, suggestCopyStart } from '@shared/domain/visitTemplate'
import type { Visit } from '@shared/model/visit'
import {
  FormDialog,
  FormSection,
  FullWidth,
  SwitchField,
  DateField,
  TextField,
  useEntityForm,
  useNotify,
  useT,
} from '@renderer/components'
import { useVisitCopy } from '@renderer/db/useVisitCopy'
import { copyVisitFormSchema, type CopyVisitFormValues } from './copyVisitFormValues'

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
})

const identity = (values: CopyVisitFormValues): CopyVisitFormValues => values

/**
 * "Copy as template": asks for the new start, title and what to take along, then writes the new
 * draft in one transaction and opens it. Mounted only while open.
 */
export function CopyVisitDialog(props: {
  visit: Visit
  homeTimeZone: string
  onClose: () => void
}): ReactElement {
  const { visit, onClose } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const notify = useNotify()
  const copy = useVisitCopy()
  const form = useEntityForm({
    schema: copyVisitFormSchema,
    toCandidate: identity,
    defaultValues: {
      title: t('visits.copy.defaultTitle', { title: visit.title }).slice(0, 200),
      startDate: suggestCopyStart(visit.startDate, todayIn(props.homeTimeZone)),
      keepPeople: true,
      copyLogistics: false,
    },
  })
  const startDate = useWatch({ control: form.control, name: 'startDate' })
  const length = daysBetween(visit.startDate, visit.endDate)
  const endText = /^\d{4}-\d{2}-\d{2}$/.test(startDate)
    ? t('visits.copy.endsOn', { date: formatDate(addDaysToDate(startDate, length), lang) })
    : ''

  return (
    <FormDialog
      open
      title={t('visits.copy.title')}
      form={form}
      submitLabel={t('visits.copy.submit')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const result = await copy(visit.id, values)
        onClose()
        notify({
          title: t('visits.copy.done'),
          body: result.movedTimes.length
            ? t('visits.copy.movedTimes', {
                count: result.movedTimes.length,
                items: result.movedTimes.map((m) => `${m.title} (${m.from} → ${m.to})`).join(', '),
              })
            : undefined,
        })
        void navigate(`/visits/${result.visitId}`)
      }}
    >
      <FormSection title={t('visits.copy.section')}>
        <FullWidth>
          <TextField control={form.control} name="title" label={t('visits.field.title')} required />
        </FullWidth>
        <DateField
          control={form.control}
          name="startDate"
          label={t('visits.copy.startDate')}
          required
          hint={endText}
        />
        <FullWidth>
          <SwitchField
            control={form.control}
            name="keepPeople"
            label={t('visits.copy.keepPeople')}
            hint={t('visits.copy.keepPeopleHint')}
          />
        </FullWidth>
        <FullWidth>
          <SwitchField
            control={form.control}
            name="copyLogistics"
            label={t('visits.copy.copyLogistics')}
            hint={t('visits.copy.copyLogisticsHint')}
          />
        </FullWidth>
        <FullWidth>
          <Text className={styles.note}>{t('visits.copy.notCopied')}</Text>
        </FullWidth>
      </FormSection>
    </FormDialog>
  )
}

/** The visit page's "Copy as template" button with its dialog. */
export function CopyVisitAction(props: { visit: Visit; homeTimeZone: string }): ReactElement {
  const { t } = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<CopyRegular />} onClick={() => setOpen(true)}>
        {t('visits.copy.action')}
      </Button>
      {open ? (
        <CopyVisitDialog
          visit={props.visit}
          homeTimeZone={props.homeTimeZone}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  )
}
