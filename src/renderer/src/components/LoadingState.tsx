import type { ReactElement } from 'react'
import { Spinner } from '@fluentui/react-components'
import { useT } from './useT'

/** Shown while a live query has not answered yet (undefined), never for an empty result. */
export function LoadingState(): ReactElement {
  const { t } = useT()
  return <Spinner size="small" label={t('common.loading')} labelPosition="after" />
}
