import { useCallback } from 'react'
import type { FieldOption } from '@renderer/components'
import { useT } from '@renderer/components'

/** Options of a closed list with their texts from enum.<group>.<value>. */
export function useEnumOptions(): (group: string, values: readonly string[]) => FieldOption[] {
  const { t } = useT()
  return useCallback(
    (group, values) => values.map((value) => ({ value, label: t(`enum.${group}.${value}`) })),
    [t],
  )
}
