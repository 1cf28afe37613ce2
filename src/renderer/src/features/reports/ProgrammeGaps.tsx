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
import { formatDate } from '@shared/dates'
import { twoYearsBefore, type ProgrammeGap } from '@shared/domain/programmeGaps'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

/** Running programmes that had no visit in the two years up to the as-of day. */
export function ProgrammeGaps(props: {
  gaps: readonly ProgrammeGap[]
  asOf: string
  cityLabel: (id: string) => string
}): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const dates = {
    asOf: formatDate(props.asOf, lang),
    since: formatDate(twoYearsBefore(props.asOf), lang),
  }
  return (
    <section className={styles.section} aria-labelledby="programme-gaps-heading">
      <Text as="h2" id="programme-gaps-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        {t('strategyReport.gapsTitle')}
      </Text>
      {props.gaps.length === 0 ? (
        <Text>{t('strategyReport.gapsNone', dates)}</Text>
      ) : (
        <>
          <Text>{t('strategyReport.gapsIntro', dates)}</Text>
          <Table size="small" aria-labelledby="programme-gaps-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('strategyReport.programme')}</TableHeaderCell>
                <TableHeaderCell>{t('fields.city')}</TableHeaderCell>
                <TableHeaderCell>{t('strategyReport.lastVisit')}</TableHeaderCell>
                <TableHeaderCell>{t('strategyReport.nextVisit')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.gaps.map((gap) => (
                <TableRow key={gap.programmeId}>
                  <TableCell>{gap.title}</TableCell>
                  <TableCell>{props.cityLabel(gap.cityId)}</TableCell>
                  <TableCell>
                    {gap.lastVisit === null
                      ? t('strategyReport.never')
                      : formatDate(gap.lastVisit, lang)}
                  </TableCell>
                  <TableCell>
                    {gap.nextVisit === null
                      ? t('strategyReport.noneYet')
                      : formatDate(gap.nextVisit, lang)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  )
}
