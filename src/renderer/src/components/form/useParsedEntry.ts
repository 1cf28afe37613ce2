import { useState, type KeyboardEvent } from 'react'
import type { ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form'

export type ParsedEntry = { ok: true; value: string } | { ok: false; error: string }

export type ParsedEntryBinding = {
  /** What the input shows: the text being typed, else the stored value formatted. */
  shown: string
  /** The parser's refusal as a sentence, once the field was left with text that is no value. */
  refused: string | null
  onChange: (text: string) => void
  onBlur: () => void
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
  /** A value chosen elsewhere (a calendar): stored as it is, shown formatted. */
  choose: (value: string) => void
}

/**
 * A text input over a stored ISO value (date, date and time): typed text is parsed as it comes,
 * a good reading goes straight into the form, and half-typed text goes in as it is so that saving
 * is refused rather than the text dropped. Leaving the field (or Enter) shows the value formatted,
 * or says why the text is none.
 */
export function useParsedEntry<F extends FieldValues>(
  field: ControllerRenderProps<F, FieldPath<F>>,
  parse: (text: string) => ParsedEntry,
  format: (value: string) => string,
  explain: (error: string, text: string) => string,
): ParsedEntryBinding {
  const value = String(field.value ?? '')
  const [draft, setDraft] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)

  const commit = (): boolean => {
    if (draft === null || draft.trim() === '') {
      setDraft(null)
      return true
    }
    const parsed = parse(draft)
    if (!parsed.ok) {
      setRefused(explain(parsed.error, draft.trim()))
      return false
    }
    setDraft(null)
    return true
  }

  return {
    shown: draft ?? format(value),
    refused,
    onChange: (text) => {
      setDraft(text)
      setRefused(null)
      const parsed = parse(text)
      field.onChange(parsed.ok ? parsed.value : text.trim() === '' ? '' : text)
    },
    onBlur: () => {
      commit()
      field.onBlur()
    },
    // Enter saves the dialog, but only once the text reads as a value.
    onKeyDown: (event) => {
      if (event.key === 'Enter' && !commit()) event.preventDefault()
    },
    choose: (chosen) => {
      setDraft(null)
      setRefused(null)
      field.onChange(chosen)
    },
  }
}
