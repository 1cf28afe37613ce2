import type { ReactElement } from 'react'
import { NavLink } from 'react-router'
import { CounterBadge, makeStyles, mergeClasses } from '@fluentui/react-components'
import { TaskListLtrRegular } from '@fluentui/react-icons'
import { todayIn } from '@shared/dates'
import { useNow, useT } from '../components'
import { useOverdueFollowUpCount } from '../db/crossVisitHooks'
import { useSettings } from '../db/hooks'

const useStyles = makeStyles({
  badge: { marginLeft: 'auto' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
})

export const FOLLOW_UPS_PATH = '/follow-ups'

/**
 * The follow-ups page in the navigation, under the visits, with the number of overdue tasks
 * (open and due before today in the home zone). It has no Ctrl+digit of its own, so the
 * sections keep the shortcuts people know.
 */
export function FollowUpsNavEntry(props: {
  linkClass: string
  currentClass: string
  iconClass: string
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const settings = useSettings()
  // Once a minute is enough for "overdue" to turn over at midnight.
  const now = useNow(60_000)
  const overdue = useOverdueFollowUpCount(
    settings ? todayIn(settings.homeTimeZone, now) : undefined,
  )
  return (
    <NavLink
      to={FOLLOW_UPS_PATH}
      className={({ isActive }) => mergeClasses(props.linkClass, isActive && props.currentClass)}
    >
      <span className={props.iconClass} aria-hidden>
        <TaskListLtrRegular />
      </span>
      {t('nav.followUps')}
      {overdue ? (
        <>
          <CounterBadge
            className={styles.badge}
            count={overdue}
            color="danger"
            size="small"
            aria-hidden
          />
          <span className={styles.hidden}>
            {', '}
            {t('followUps.overview.navOverdue', { count: overdue })}
          </span>
        </>
      ) : null}
    </NavLink>
  )
}
