import type { ReactElement, ReactNode } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { HistoryRegular } from '@fluentui/react-icons'
import { isEmptyHistory, type ContactHistory } from '@shared/domain/contactHistory'
import { formatDate, formatDateRange } from '@shared/dates'
import { LoadingState, RouteLink, useT } from '@renderer/components'
import { useContactHistory } from '@renderer/db/peopleHooks'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
})

const visitLink = (id: string, tab?: string): string =>
  tab ? `/visits/${id}?tab=${tab}` : `/visits/${id}`

function Group(props: { title: string; count: number; children: ReactNode }): ReactElement | null {
  const styles = useStyles()
  if (props.count === 0) return null
  return (
    <section className={styles.group} aria-label={props.title}>
      <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
        {props.title} ({props.count})
      </Text>
      <ul className={styles.list}>{props.children}</ul>
    </section>
  )
}

function HistoryLists({ history }: { history: ContactHistory }): ReactElement {
  const { t, lang } = useT()
  const gifts = (entries: ContactHistory['giftsGiven']): ReactNode =>
    entries.map(({ gift, visit }) => (
      <li key={gift.id}>
        {gift.description} — <RouteLink to={visitLink(visit.id, 'gifts')}>{visit.title}</RouteLink>
      </li>
    ))
  return (
    <>
      <Group title={t('contactHistory.visits')} count={history.visits.length}>
        {history.visits.map(({ visit, side, role, standsInForId }) => (
          <li key={visit.id}>
            <RouteLink to={visitLink(visit.id)}>{visit.title}</RouteLink>
            {' · '}
            {formatDateRange(visit.startDate, visit.endDate, lang)}
            {' · '}
            {t(`enum.side.${side}`)}, {t(`enum.role.${role}`)}
            {standsInForId ? ` · ${t('contactHistory.standingIn')}` : ''}
            {visit.status === 'cancelled' ? ` · ${t('enum.visitStatus.cancelled')}` : ''}
          </li>
        ))}
      </Group>
      <Group title={t('contactHistory.meetings')} count={history.meetings.length}>
        {history.meetings.map(({ item, visit, as }) => (
          <li key={item.id}>
            {formatDate(item.date, lang)}, {item.startTime}: {item.title} (
            {t(`contactHistory.as.${as}`)}) —{' '}
            <RouteLink to={visitLink(visit.id, 'agenda')}>{visit.title}</RouteLink>
          </li>
        ))}
      </Group>
      <Group title={t('contactHistory.giftsGiven')} count={history.giftsGiven.length}>
        {gifts(history.giftsGiven)}
      </Group>
      <Group title={t('contactHistory.giftsReceived')} count={history.giftsReceived.length}>
        {gifts(history.giftsReceived)}
      </Group>
      <Group title={t('contactHistory.followUps')} count={history.followUps.length}>
        {history.followUps.map(({ followUp, visit }) => (
          <li key={followUp.id}>
            {followUp.what} · {t(`enum.followUpStatus.${followUp.status}`)}
            {followUp.dueDate
              ? ` · ${t('contactHistory.due', { date: formatDate(followUp.dueDate, lang) })}`
              : ''}{' '}
            — <RouteLink to={visitLink(visit.id, 'followUps')}>{visit.title}</RouteLink>
          </li>
        ))}
      </Group>
    </>
  )
}

/** What the person took part in: visits, meetings, gifts and the follow-ups of those visits. */
export function ContactHistoryPanel({ contactId }: { contactId: string }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const history = useContactHistory(contactId)
  return (
    <section className={styles.root} aria-labelledby="contact-history-heading">
      <Text
        as="h2"
        size={500}
        weight="semibold"
        id="contact-history-heading"
        className={styles.heading}
      >
        <HistoryRegular aria-hidden />
        {t('contactHistory.title')}
      </Text>
      {history === undefined ? (
        <LoadingState />
      ) : isEmptyHistory(history) ? (
        <Text className={styles.muted}>{t('contactHistory.empty')}</Text>
      ) : (
        <HistoryLists history={history} />
      )}
    </section>
  )
}
