import type { ReactElement } from 'react'
import { Badge, type BadgeProps } from '@fluentui/react-components'
import type { Visit } from '@shared/model/visit'
import { useT } from '@renderer/components'

function colorOf(status: Visit['status']): BadgeProps['color'] {
  switch (status) {
    case 'draft':
      return 'subtle'
    case 'planned':
      return 'informative'
    case 'confirmed':
      return 'success'
    case 'completed':
      return 'brand'
    case 'cancelled':
      return 'danger'
    default: {
      const never: never = status
      return never
    }
  }
}

export function StatusBadge({ status }: { status: Visit['status'] }): ReactElement {
  const { t } = useT()
  return (
    <Badge appearance="tint" color={colorOf(status)} shape="rounded">
      {t(`enum.visitStatus.${status}`)}
    </Badge>
  )
}
