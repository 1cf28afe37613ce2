import { useEffect, useMemo, useRef } from 'react'
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form'
import { toNestErrors } from '@hookform/resolvers'
import type { z } from 'zod'
import { useT } from '../useT'
import { issuesToFieldMessages } from './formErrors'
import { formIssueText } from './issueText'

export type EntityFormOptions<F extends FieldValues, S extends z.ZodType> = {
  /** The input schema, e.g. contactInputSchema; the form is valid when its output parses. */
  schema: S
  /** Pure conversion of the form's strings into what the schema accepts. */
  toCandidate: (values: F) => unknown
  defaultValues: F
}

export type EntityForm<F extends FieldValues, S extends z.ZodType> = UseFormReturn<
  F,
  unknown,
  z.output<S>
>

/**
 * react-hook-form validated by a model schema. Messages are translated when validation runs, so a
 * language switch re-validates fields that show an error.
 */
export function useEntityForm<F extends FieldValues, S extends z.ZodType>(
  options: EntityFormOptions<F, S>,
): EntityForm<F, S> {
  const { schema, toCandidate, defaultValues } = options
  const { t, lang } = useT()
  const tRef = useRef(t)
  useEffect(() => {
    tRef.current = t
  }, [t])

  const resolver = useMemo<Resolver<F, unknown, z.output<S>>>(
    () => (values, _context, resolverOptions) => {
      const parsed = schema.safeParse(toCandidate(values))
      if (parsed.success) return { values: parsed.data, errors: {} }
      const messages = issuesToFieldMessages(parsed.error.issues, values, (issue) =>
        formIssueText(issue, tRef.current),
      )
      return { values: {}, errors: toNestErrors<F>(messages as FieldErrors, resolverOptions) }
    },
    [schema, toCandidate],
  )

  const form = useForm<F, unknown, z.output<S>>({
    resolver,
    defaultValues: defaultValues as DefaultValues<F>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  })

  const { trigger, formState } = form
  const hasErrors = Object.keys(formState.errors).length > 0
  const submitted = formState.isSubmitted
  useEffect(() => {
    if (submitted && hasErrors) void trigger()
    // Only a language change should re-run this; errors themselves must not loop it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang])

  return form
}
