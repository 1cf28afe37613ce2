import type { ReactElement } from 'react'
import { Text } from '@fluentui/react-components'
import { useSettings } from '../db/hooks'

/** The office and home city from Settings, shown in the header. */
export function OfficeName({ className }: { className?: string }): ReactElement | null {
  const settings = useSettings()
  if (!settings) return null
  return (
    <Text as="span" size={200} className={className}>
      {settings.officeName} · {settings.homeCityName}
    </Text>
  )
}
