import { createContext, useContext, useEffect, useMemo, useRef } from 'react'

/** Field name → visible label, in mount order, so the error summary can name each field. */
export type LabelRegistry = {
  register(name: string, label: string): () => void
  labelOf(name: string): string | undefined
  order(): string[]
}

export const FormLabelsContext = createContext<LabelRegistry | null>(null)

export function useLabelRegistry(): LabelRegistry {
  const labels = useRef(new Map<string, string>())
  return useMemo<LabelRegistry>(
    () => ({
      register(name, label) {
        labels.current.set(name, label)
        return () => {
          if (labels.current.get(name) === label) labels.current.delete(name)
        }
      },
      labelOf: (name) => labels.current.get(name),
      order: () => [...labels.current.keys()],
    }),
    [],
  )
}

/** Fields call this so the summary and the "Label: message" texts know their label. */
export function useRegisterLabel(name: string, label: string): void {
  const registry = useContext(FormLabelsContext)
  useEffect(() => registry?.register(name, label), [registry, name, label])
}

export function useFormLabels(): LabelRegistry | null {
  return useContext(FormLabelsContext)
}
