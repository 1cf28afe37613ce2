import { ORGANIZATION_KINDS } from '@shared/model/organization'
import { useT, type FieldOption } from '@renderer/components'

export function useOrganizationKindOptions(): FieldOption[] {
  const { t } = useT()
  return ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`enum.orgKind.${k}`) }))
}
