import type { ReactElement } from 'react'
import { Badge } from '@fluentui/react-components'
import type { PartnerCity } from '@shared/model/partnerCity'
import { useT } from '@renderer/components'

export function CityStatusBadge({ status }: { status: PartnerCity['status'] }): ReactElement {
  const { t } = useT()
  return (
    <Badge appearance="tint" color={status === 'active' ? 'success' : 'warning'} shape="rounded">
      {t(`enum.cityStatus.${status}`)}
    </Badge>
  )
}
