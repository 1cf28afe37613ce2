import type { ReactElement } from 'react'
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components'
import { formatDateRange } from '@shared/dates'
import type { Visit } from '@shared/model/visit'
import type { Column } from '@renderer/components'
import { useT } from '@renderer/components'
import { StatusBadge } from '../common/StatusBadge'

export type VisitRow = {
  visit: Visit
  cityName: string
  past: boolean
  /** Conflicts in the visit's programme; 'counting' while worked out, null where not counted. */
  conflicts: number | 'counting' | null
}

const useStyles = makeStyles({
  titleCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  past: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  demo: { flexShrink: 0 },
  none: { color: tokens.colorNeutralForeground3 },
})

export type TrashActions = {
  onRestore: (visit: Visit) => void
  onDeleteForever: (visit: Visit) => void
}

/** The visit list's columns; in the trash the last column holds restore and delete. */
export function useVisitColumns(trash: TrashActions | null): Column<VisitRow>[] {
  const { t, lang } = useT()
  const styles = useStyles()
  const columns: Column<VisitRow>[] = [
    {
      id: 'title',
      header: t('visits.field.title'),
      width: 'minmax(220px, 3fr)',
      render: ({ visit }): ReactElement => (
        <span className={styles.titleCell} title={visit.title}>
          <span className={styles.title}>{visit.title}</span>
          {visit.demo ? (
            <Badge className={styles.demo} size="small" appearance="outline">
              {t('common.demo')}
            </Badge>
          ) : null}
        </span>
      ),
    },
    {
      id: 'city',
      header: t('visits.field.city'),
      width: 'minmax(120px, 1.2fr)',
      render: (row) => row.cityName,
    },
    {
      id: 'direction',
      header: t('visits.field.direction'),
      // Room for „Besuch bei uns“ (the glossary's word for an incoming visit) without cutting.
      width: '140px',
      render: ({ visit }) => t(`enum.direction.${visit.direction}`),
    },
    {
      id: 'dates',
      header: t('visits.list.dates'),
      width: 'minmax(180px, 1.1fr)',
      render: ({ visit, past }): ReactElement => (
        <span className={past ? styles.past : undefined}>
          {formatDateRange(visit.startDate, visit.endDate, lang)}
        </span>
      ),
    },
    {
      id: 'status',
      header: t('visits.field.status'),
      width: '130px',
      render: ({ visit }) => <StatusBadge status={visit.status} />,
    },
    {
      id: 'conflicts',
      header: t('visits.list.conflicts'),
      width: '88px',
      render: ({ conflicts }): ReactElement | string =>
        conflicts === null ? (
          ''
        ) : conflicts === 'counting' ? (
          // Not a blank, which could be read as "no conflicts".
          <span
            className={styles.none}
            role="img"
            aria-label={t('visits.list.conflictsCounting')}
            title={t('visits.list.conflictsCounting')}
          >
            …
          </span>
        ) : conflicts === 0 ? (
          <span className={styles.none} aria-label={t('visits.list.noConflicts')}>
            –
          </span>
        ) : (
          <Badge
            color="danger"
            shape="rounded"
            aria-label={t('visits.list.conflictCount', { count: conflicts })}
          >
            {conflicts}
          </Badge>
        ),
    },
    {
      id: 'classification',
      header: t('visits.field.classification'),
      width: '120px',
      render: ({ visit }) => t(`enum.classification.${visit.classification}`),
    },
  ]
  if (trash) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      width: '290px',
      render: ({ visit }): ReactElement => (
        <span className={styles.actions}>
          <Button
            size="small"
            aria-label={t('visits.list.restoreNamed', { title: visit.title })}
            onClick={() => trash.onRestore(visit)}
          >
            {t('common.restore')}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            aria-label={t('visits.list.deleteForeverNamed', { title: visit.title })}
            onClick={() => trash.onDeleteForever(visit)}
          >
            {t('visits.list.deleteForever')}
          </Button>
        </span>
      ),
    })
  }
  return columns
}
