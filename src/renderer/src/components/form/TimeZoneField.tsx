import { useMemo, useRef, useState, type ReactElement } from 'react'
import type { FieldValues } from 'react-hook-form'
import { Caption1, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components'
import { searchZones, zoneChoice, zoneChoices, type ZoneChoice } from '@shared/zones/zoneChoices'
import { useT } from '../useT'
import { NoMatchesOption } from './ChoiceOptions'
import { useFieldBinding, type BaseFieldProps } from './useFieldBinding'

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  zone: { color: tokens.colorNeutralForeground3 },
})

const MAX_SHOWN = 60

/**
 * An IANA time zone picked by city and country in the UI language ("Peking (China)"), the zone's
 * name underneath each choice and below the field. Typing searches city names in German and
 * English, capitals, countries and the IANA name, ignoring case and accents. The value stays the
 * IANA name, so the form's validation and stored rows are unchanged.
 */
export function TimeZoneField<F extends FieldValues, O>(
  props: BaseFieldProps<F, O> & { placeholder?: string },
): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const { field, fieldProps } = useFieldBinding(props)
  const value = String(field.value ?? '')
  const [query, setQuery] = useState<string | null>(null)
  // Open while typing or pasting too, not only on a key press Fluent sees.
  const [open, setOpen] = useState(false)
  const choices = zoneChoices(lang)
  const shown = useMemo(() => {
    const found = searchZones(choices, query ?? '', MAX_SHOWN)
    // A stored zone outside the table (an old alias) stays choosable while nothing is typed.
    if (query === null && value !== '' && !found.some((c) => c.zone === value)) {
      return [zoneChoice(value, lang), ...found]
    }
    return found
  }, [choices, query, value, lang])
  const current = value === '' ? undefined : zoneChoice(value, lang)
  // Set while Fluent handles a key press that picked the highlighted option.
  const pickedByFluent = useRef(false)
  const pick = (zone: string): void => {
    setQuery(null)
    field.onChange(zone)
  }
  /** What typed text means when it is confirmed without choosing: an id, a city, the only match. */
  const typedChoice = (): ZoneChoice | undefined => {
    const typed = (query ?? '').trim().toLowerCase()
    if (typed === '') return undefined
    const exact = choices.find(
      (c) => c.zone.toLowerCase() === typed || c.city.toLowerCase() === typed,
    )
    const found = searchZones(choices, typed, 2)
    return exact ?? (found.length === 1 ? found[0] : undefined)
  }
  const hint = [current?.zone, props.hint].filter(Boolean).join(' · ') || undefined

  return (
    <Field {...fieldProps} hint={hint}>
      <Combobox
        ref={field.ref}
        name={field.name}
        placeholder={props.placeholder ?? t('zones.placeholder')}
        value={query ?? current?.label ?? ''}
        selectedOptions={value ? [value] : []}
        open={open}
        onOpenChange={(_, d) => setOpen(d.open)}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
        }}
        // Typing replaces the shown label: a search starts from scratch, never mid-word.
        onFocus={(e) => e.target.select()}
        onClick={(e) => {
          if (query === null) e.currentTarget.select()
        }}
        onOptionSelect={(_, d) => {
          // Fluent drops the selection while typed text matches no label; the stored zone stays
          // until another is chosen, so leaving the field without a choice loses nothing.
          if (d.optionValue === undefined) return
          pickedByFluent.current = true
          pick(d.optionValue)
        }}
        onKeyDown={(e) => {
          // Enter on typed text ("Tokyo" in German, "asia/tokyo") takes the best match.
          if (e.key === 'Enter' && !pickedByFluent.current && query !== null) {
            const best = typedChoice() ?? shown[0]
            if (best) pick(best.zone)
          }
          // Escape gives up the typing: the stored zone shows again and stays.
          if (e.key === 'Escape') setQuery(null)
          pickedByFluent.current = false
        }}
        onBlur={() => {
          const typed = typedChoice()
          if (typed) field.onChange(typed.zone)
          setQuery(null)
          field.onBlur()
        }}
      >
        {shown.map((choice) => (
          <Option key={choice.zone} value={choice.zone} text={choice.label}>
            <span className={styles.option}>
              <span>{choice.label}</span>
              {choice.label !== choice.zone ? (
                <Caption1 className={styles.zone}>{choice.zone}</Caption1>
              ) : null}
            </span>
          </Option>
        ))}
        {shown.length === 0 ? <NoMatchesOption /> : null}
      </Combobox>
    </Field>
  )
}
