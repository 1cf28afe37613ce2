import type { ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { formatZoneName } from '@shared/dates'
import { RadioGroupField, useT, type BaseFieldProps } from '@renderer/components'

export type FoldChoiceFieldProps<F extends FieldValues, O> = BaseFieldProps<F, O> & {
  time: string
  zone: string
  earlier: Date
  later: Date
}

/**
 * The night clocks go back shows a time twice; staff pick which one they mean, each named with
 * its zone and offset ("02:30 MESZ (UTC+2)" / "02:30 MEZ (UTC+1)") so the choice is plain.
 */
export function FoldChoiceField<F extends FieldValues, O>(
  props: FoldChoiceFieldProps<F, O>,
): ReactElement {
  const { t, lang } = useT()
  const { time, zone, earlier, later, ...field } = props
  const named = (instant: Date): string => `${time} ${formatZoneName(instant, zone, lang)}`
  return (
    <RadioGroupField
      {...field}
      options={[
        { value: '0', label: t('programmeEditor.fold.earlier', { time: named(earlier) }) },
        { value: '1', label: t('programmeEditor.fold.later', { time: named(later) }) },
      ]}
    />
  )
}
