import type { ReactElement } from 'react'
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components'
import { formatDateRange } from '@shared/dates'
import { compareVisitsNewestFirst } from '@shared/documents/dossier/dossierData'
import type { Visit } from '@shared/model/visit'
import { EmptyState, RouteLink, useT } from '@renderer/components'

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  meta: { color: tokens.colorNeutralForeground2 },
  cancelled: { textDecorationLine: 'line-through' },
  dates: { whiteSpace: 'nowrap', width: '13rem' },
  narrow: { width: '9rem' },
})

/** The city's visits both ways, newest first, each title a link to the visit. */
export function CityVisits(props: {
  cityName: string
  visits: readonly Visit[] | undefined
}): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const visits = props.visits ? [...props.visits].sort(compareVisitsNewestFirst) : undefined
  return (
    <section aria-labelledby="city-visits-heading">
      <div className={styles.head}>
        <Text as="h2" id="city-visits-heading" size={500} weight="semibold" style={{ margin: 0 }}>
          {t('dossier.page.visits.title')}
        </Text>
        {visits && visits.length > 0 ? (
          <Text className={styles.meta}>
            {t('dossier.page.visits.count', { count: visits.length })}
          </Text>
        ) : null}
      </div>
      {visits === undefined ? (
        <Text className={styles.meta}>…</Text>
      ) : visits.length === 0 ? (
        <EmptyState
          title={t('dossier.page.visits.emptyTitle')}
          body={t('dossier.page.visits.emptyBody')}
        />
      ) : (
        <Table
          size="small"
          aria-label={t('dossier.page.visits.inTable', { city: props.cityName })}
          data-testid="city-visits"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.dates}>
                {t('dossier.page.visits.dates')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>
                {t('dossier.page.visits.direction')}
              </TableHeaderCell>
              <TableHeaderCell>{t('dossier.page.visits.visit')}</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>
                {t('dossier.page.visits.status')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {visits.map((v) => (
              <TableRow key={v.id}>
                <TableCell className={styles.dates}>
                  {formatDateRange(v.startDate, v.endDate, lang)}
                </TableCell>
                <TableCell>{t(`enum.direction.${v.direction}`)}</TableCell>
                <TableCell>
                  <span className={v.status === 'cancelled' ? styles.cancelled : undefined}>
                    <RouteLink to={`/visits/${v.id}`}>{v.title}</RouteLink>
                  </span>
                </TableCell>
                <TableCell>{t(`enum.visitStatus.${v.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  )
}
