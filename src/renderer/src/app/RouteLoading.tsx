import type { ReactElement } from 'react'
import { makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { useT } from '../components'

const useStyles = makeStyles({
  loading: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXXL },
})

/**
 * Shown while a screen's code loads (only the first visit of each area). The spinner waits a
 * moment before it appears, so a load from disk that takes a few milliseconds does not flicker.
 */
export function RouteLoading(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  return (
    <div className={styles.loading} aria-busy="true">
      <Spinner label={t('common.loading')} delay={150} />
    </div>
  )
}
