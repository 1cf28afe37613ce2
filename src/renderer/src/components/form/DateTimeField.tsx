import type { ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { formatLocalDateTime } from '@shared/dates'
import { parseDateTimeEntry } from '@shared/domain/dateEntry'
import { useT } from '../useT'
import { localToday } from './DateField'
import { ParsedEntryInput } from './ParsedEntryInput'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'
import { useParsedEntry } from './useParsedEntry'

const MESSAGE_KEYS = {
  both: 'dateTimeField.',
  date: 'dateField.',
  time: 'programmeEditor.timeEntry.',
} as const

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/**
 * A wall-clock date and time in one field (a journey's departure): "22.12.2026, 09:30" /
 * "22/12/2026, 09:30", typed as "22.12.26 930" or pasted as ISO, stored "YYYY-MM-DDTHH:MM".
 */
export function DateTimeField<F extends FieldValues, O>(props: BaseFieldProps<F, O>): ReactElement {
  const { t, lang } = useT()
  const binding = useFieldBinding(props)
  const entry = useParsedEntry(
    binding.field,
    (text) => {
      const parsed = parseDateTimeEntry(text, { reference: localToday() })
      return parsed.ok ? parsed : { ok: false, error: MESSAGE_KEYS[parsed.part] + parsed.error }
    },
    (stored) => (LOCAL.test(stored) ? formatLocalDateTime(stored, lang) : stored),
    (key, text) => t(key, { text }),
  )
  return (
    <ParsedEntryInput
      binding={binding}
      entry={entry}
      label={props.label}
      placeholder={t('dateTimeField.placeholder')}
    />
  )
}
