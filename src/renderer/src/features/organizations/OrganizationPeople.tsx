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
import { PeopleRegular } from '@fluentui/react-icons'
import { contactDisplayName } from '@shared/domain/contactList'
import { effectiveRank } from '@shared/domain/precedence'
import { formatDate } from '@shared/dates'
import { LoadingState, RouteLink, useT } from '@renderer/components'
import { useOrganizationPeople } from '@renderer/db/peopleHooks'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  rank: { width: '80px' },
})

/** The organization's people in protocol order (by each one's highest office), each a link. */
export function OrganizationPeople({ organizationId }: { organizationId: string }): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const people = useOrganizationPeople(organizationId)
  return (
    <section className={styles.root} aria-labelledby="organization-people-heading">
      <Text
        as="h2"
        size={500}
        weight="semibold"
        id="organization-people-heading"
        className={styles.heading}
      >
        <PeopleRegular aria-hidden />
        {t('organizationPeople.title')}
      </Text>
      {people === undefined ? (
        <LoadingState />
      ) : people.length === 0 ? (
        <Text className={styles.muted}>{t('organizationPeople.empty')}</Text>
      ) : (
        <>
          <Text className={styles.muted}>
            {t('organizationPeople.count', { count: people.length })}
          </Text>
          <Table size="small" aria-labelledby="organization-people-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rank}>{t('contacts.rankShort')}</TableHeaderCell>
                <TableHeaderCell>{t('contacts.name')}</TableHeaderCell>
                <TableHeaderCell>{t('fields.position')}</TableHeaderCell>
                <TableHeaderCell>{t('fields.inOfficeSince')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {people.map((person) => {
                const rank = effectiveRank(person)
                return (
                  <TableRow key={person.id}>
                    <TableCell>{rank.precedenceRank ?? '–'}</TableCell>
                    <TableCell>
                      <RouteLink to={`/contacts/${person.id}`}>
                        {contactDisplayName(person)}
                      </RouteLink>
                    </TableCell>
                    <TableCell>{person.position}</TableCell>
                    <TableCell>
                      {rank.inOfficeSince ? formatDate(rank.inOfficeSince, lang) : ''}
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  )
}
