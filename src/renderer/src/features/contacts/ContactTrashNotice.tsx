import type { ReactElement } from 'react'
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { formatDateRange } from '@shared/dates'
import { useT } from '@renderer/components'
import { useContactVisitsAhead } from '@renderer/db/contactVisitHooks'

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
})

/**
 * Inside the "move to trash?" question: the upcoming and running visits the person takes part
 * in, by title and dates, so nobody trashes the head of next week's delegation by mistake.
 * Nothing when there are none.
 */
export function ContactTrashNotice(props: {
  contactId: string
  name: string
}): ReactElement | null {
  const { t, lang } = useT()
  const styles = useStyles()
  const visits = useContactVisitsAhead(props.contactId)
  if (visits === undefined) return <Spinner size="tiny" label={t('delegation.trashChecking')} />
  if (visits.length === 0) return null
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t('delegation.trashInVisits', { name: props.name, count: visits.length })}
        </MessageBarTitle>
        <ul className={styles.list} aria-label={t('delegation.trashVisitsList')}>
          {visits.map((visit) => (
            <li key={visit.id}>
              {t('delegation.trashVisit', {
                title: visit.title,
                dates: formatDateRange(visit.startDate, visit.endDate, lang),
              })}
            </li>
          ))}
        </ul>
        {t('delegation.trashStaysListed')}
      </MessageBarBody>
    </MessageBar>
  )
}
