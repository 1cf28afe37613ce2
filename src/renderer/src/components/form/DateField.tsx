import { useRef, type ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { Button, makeStyles } from '@fluentui/react-components'
import { CalendarRegular } from '@fluentui/react-icons'
import { formatDateField, todayIn } from '@shared/dates'
import { parseDateEntry } from '@shared/domain/dateEntry'
import { useT } from '../useT'
import { ParsedEntryInput } from './ParsedEntryInput'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'
import { useParsedEntry } from './useParsedEntry'

const useStyles = makeStyles({
  // The native picker only lends its calendar popup: it is never seen or focused itself.
  native: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    opacity: 0,
    border: 0,
    padding: 0,
    pointerEvents: 'none',
  },
  after: { position: 'relative', display: 'flex' },
})

export function localToday(): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone)
}

/**
 * Every date field of the app. It shows the date the UI language's way ("22.12.2026",
 * "22/12/2026") whatever the system's locale, takes it typed the quick way ("22.12.26", "2212",
 * ISO pasted; see dateEntry.ts) and stores "YYYY-MM-DD". A button opens the system's calendar,
 * reachable by Tab; text that is no date stays as typed, with the reason naming the field.
 */
export function DateField<F extends FieldValues, O>(props: BaseFieldProps<F, O>): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const binding = useFieldBinding(props)
  const { field } = binding
  const value = String(field.value ?? '')
  const entry = useParsedEntry(
    field,
    (text) => {
      const parsed = parseDateEntry(text, { reference: localToday() })
      return parsed.ok ? { ok: true, value: parsed.date } : parsed
    },
    (stored) => formatDateField(stored, lang),
    (error, text) => t(`dateField.${error}`, { text }),
  )
  const picker = useRef<HTMLInputElement>(null)

  const openPicker = (): void => {
    const input = picker.current
    if (!input) return
    input.value = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''
    try {
      input.showPicker()
    } catch {
      // A browser without showPicker: the text field still takes the date typed.
    }
  }

  return (
    <ParsedEntryInput
      binding={binding}
      entry={entry}
      label={props.label}
      placeholder={t('dateField.placeholder')}
      after={
        <span className={styles.after}>
          <Button
            appearance="transparent"
            size="small"
            icon={<CalendarRegular />}
            aria-label={t('dateField.openCalendar', { label: props.label })}
            title={t('dateField.openCalendar', { label: props.label })}
            onClick={openPicker}
          />
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden
            className={styles.native}
            onChange={(e) => {
              if (e.target.value !== '') entry.choose(e.target.value)
            }}
          />
        </span>
      }
    />
  )
}
