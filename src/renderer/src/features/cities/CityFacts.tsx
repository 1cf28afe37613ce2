import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import type { PartnerCity } from '@shared/model/partnerCity'
import { useNow, useT } from '@renderer/components'
import { CityStatusBadge } from './CityStatusBadge'
import { localTimeIn } from './cityText'

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
})

/** The partnership facts of a city as a definition list. */
export function CityFacts(props: {
  city: PartnerCity
  visitCount: number | undefined
}): ReactElement {
  const { city, visitCount } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const now = useNow()
  const rows: Array<[string, React.ReactNode]> = [
    [t('fields.country'), `${city.country[lang]} (${city.countryCode})`],
    [t('fields.partnerSince'), city.partnerSince],
    [t('fields.status'), <CityStatusBadge key="s" status={city.status} />],
    [
      t('fields.timeZone'),
      `${city.timeZone} · ${t('cities.localTimeNow', { time: localTimeIn(city, now) })}`,
    ],
    [t('fields.languages'), city.languages.join(', ') || t('common.none')],
    [t('cities.visitCount'), visitCount ?? '…'],
  ]
  if (city.notes) rows.push([t('fields.notes'), city.notes])
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
