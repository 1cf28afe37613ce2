import type { ReactElement } from 'react'
import { Tooltip } from '@fluentui/react-components'
import { useT } from '@renderer/components'

/** Up to this many names are listed; more become "12 Personen" with the names in a tooltip. */
const MAX_NAMES = 3

export function PeopleSummary(props: {
  ids: readonly string[]
  nameOf: (id: string) => string
}): ReactElement {
  const { t } = useT()
  const names = props.ids.map(props.nameOf)
  if (names.length === 0) return <>{t('common.none')}</>
  if (names.length <= MAX_NAMES) return <>{names.join(', ')}</>
  return (
    <Tooltip content={names.join(', ')} relationship="description">
      <span tabIndex={0}>{t('visits.people', { count: names.length })}</span>
    </Tooltip>
  )
}
