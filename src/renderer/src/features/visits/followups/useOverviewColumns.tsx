import type { ReactElement } from 'react'
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import { formatDateRange, formatDateShort } from '@shared/dates'
import { isOverdue } from '@shared/domain/followUps'
import type { FollowUp } from '@shared/model/gift'
import type { Visit } from '@shared/model/visit'
import { RouteLink, useT, type Column } from '@renderer/components'

export type OverviewRow = { followUp: FollowUp; visit: Visit }

const useStyles = makeStyles({
  what: { fontWeight: tokens.fontWeightSemibold },
  due: { display: 'inline-flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
})

/** The follow-ups page's columns; `today` (home zone) decides what is overdue. */
export function useOverviewColumns(today: string): Column<OverviewRow>[] {
  const { t, lang } = useT()
  const styles = useStyles()
  return [
    {
      id: 'what',
      header: t('followUps.what'),
      width: 'minmax(200px, 2.2fr)',
      render: ({ followUp }): ReactElement => (
        <span className={styles.what} title={followUp.what}>
          {followUp.what}
        </span>
      ),
    },
    {
      id: 'visit',
      header: t('followUps.overview.visit'),
      width: 'minmax(200px, 2fr)',
      render: ({ visit }): ReactElement => (
        <span title={`${visit.title} (${formatDateRange(visit.startDate, visit.endDate, lang)})`}>
          <RouteLink to={`/visits/${visit.id}?tab=followUps`} tabIndex={-1}>
            {visit.title}
          </RouteLink>
        </span>
      ),
    },
    {
      id: 'owner',
      header: t('followUps.owner'),
      width: 'minmax(140px, 1fr)',
      render: ({ followUp }) =>
        followUp.owner || <span className={styles.muted}>{t('common.none')}</span>,
    },
    {
      id: 'due',
      header: t('followUps.dueDate'),
      width: '190px',
      render: ({ followUp }): ReactElement | string =>
        followUp.dueDate === null ? (
          t('common.none')
        ) : isOverdue(followUp, today) ? (
          <span className={styles.due}>
            <span className={styles.overdue}>{formatDateShort(followUp.dueDate, lang)}</span>
            <Badge color="danger" shape="rounded">
              {t('followUps.overdue')}
            </Badge>
          </span>
        ) : (
          formatDateShort(followUp.dueDate, lang)
        ),
    },
    {
      id: 'status',
      header: t('followUps.status'),
      width: '150px',
      render: ({ followUp }) =>
        followUp.status === 'done' && followUp.doneAt
          ? t('followUps.doneOn', { date: formatDateShort(followUp.doneAt, lang) })
          : t(`enum.followUpStatus.${followUp.status}`),
    },
  ]
}
