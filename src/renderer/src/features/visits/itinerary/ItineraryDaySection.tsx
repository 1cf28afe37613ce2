import { useId, type ReactElement } from 'react'
import { Badge, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components'
import { formatDayHeading } from '@shared/dates'
import { itineraryEntryKey, type ItineraryDay, type ItineraryEntry } from '@shared/domain/itinerary'
import { useT } from '@renderer/components'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import { homeText, localText, whatText } from './itineraryText'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sub: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  what: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
})

/** Where it happens, for the line under the title. */
function placeOf(entry: ItineraryEntry): string {
  switch (entry.kind) {
    case 'item':
      return [entry.item.place, entry.item.address].filter(Boolean).join(', ')
    case 'travel':
      return entry.segment.bookingReference
    case 'hotel':
      return [entry.stay.address, entry.stay.phone].filter(Boolean).join(' · ')
    default: {
      const never: never = entry
      return never
    }
  }
}

/** One day of a person's itinerary: a table of what they do, or "nothing planned". */
export function ItineraryDaySection(props: {
  day: ItineraryDay
  homeCityName: string
  conflictItemIds: ReadonlySet<string>
}): ReactElement {
  const { day } = props
  const { t, lang } = useT()
  const styles = useStyles()
  const headingId = useId()
  const inConflict = (entry: ItineraryEntry): boolean =>
    (entry.kind === 'item' && props.conflictItemIds.has(entry.item.id)) ||
    (entry.kind === 'travel' && props.conflictItemIds.has(entry.segment.id)) ||
    (entry.kind === 'hotel' && props.conflictItemIds.has(entry.stay.id))

  const columns: SimpleColumn<ItineraryEntry>[] = [
    {
      id: 'local',
      header: t('delegation.itinerary.local'),
      width: '34%',
      render: (entry) => localText(entry, day.date, t, lang) ?? t('common.none'),
    },
    {
      id: 'home',
      header: t('delegation.itinerary.home', { city: props.homeCityName }),
      width: '16%',
      render: (entry) =>
        homeText(entry, day.date, t) ?? (
          <span className={styles.muted}>
            {entry.kind === 'hotel' ? t('common.none') : t('delegation.itinerary.sameAsLocal')}
          </span>
        ),
    },
    {
      id: 'what',
      header: t('delegation.itinerary.what'),
      render: (entry) => {
        const place = placeOf(entry)
        return (
          <>
            <span className={styles.what}>
              {whatText(entry, t)}
              {entry.kind === 'item' && entry.as === 'counterpart' ? (
                <Badge appearance="outline" color="informative">
                  {t('delegation.itinerary.asCounterpart')}
                </Badge>
              ) : null}
              {inConflict(entry) ? (
                <Badge appearance="filled" color="warning">
                  {t('delegation.itinerary.conflictBadge')}
                </Badge>
              ) : null}
            </span>
            {place ? <span className={styles.sub}>{place}</span> : null}
          </>
        )
      },
    },
  ]

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {formatDayHeading(day.date, lang)}
      </Subtitle2>
      {day.entries.length === 0 ? (
        <Text className={styles.muted}>{t('delegation.itinerary.emptyDay')}</Text>
      ) : (
        <SimpleTable
          items={day.entries}
          columns={columns}
          getKey={itineraryEntryKey}
          ariaLabel={formatDayHeading(day.date, lang)}
          rowTone={(entry) => (inConflict(entry) ? 'warning' : null)}
        />
      )}
    </section>
  )
}
