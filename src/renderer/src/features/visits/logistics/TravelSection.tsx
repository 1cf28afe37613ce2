import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import { formatInstant, formatLocalDateTime } from '@shared/dates'
import { sortTravelSegments } from '@shared/domain/displayOrder'
import { localDateTimeToInstant, splitDuration, travelDurationMinutes } from '@shared/domain/travel'
import type { TravelSegment } from '@shared/model/agenda'
import { zoneLabel } from '@shared/zones/zoneChoices'
import { LoadingState, useRowEditor, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useVisitChildren } from '@renderer/db/hooks'
import { PeopleSummary } from '../common/PeopleSummary'
import { rowActionsColumn } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import type { ParticipantOptions } from '../common/useParticipantOptions'
import { VisitChildSection } from '../common/VisitChildList'
import type { VisitContext } from '../common/visitContext'
import { TravelSegmentDialog } from './TravelSegmentDialog'
import { emptyTravelForm, travelSegmentToFormValues } from './travelFormValues'

const useStyles = makeStyles({
  sub: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
})

export function TravelSection(props: {
  ctx: VisitContext
  people: ParticipantOptions
}): ReactElement {
  const { visit, city, settings } = props.ctx
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const segments = useVisitChildren('travelSegments', visit.id)
  const editor = useRowEditor(repos.travelSegments, {
    toValues: travelSegmentToFormValues,
    newTitle: t('logistics.newSegment'),
    editTitle: t('logistics.editSegment'),
  })
  const editable = visit.deletedAt === null
  if (!segments) return <LoadingState />

  const startNew = (): void =>
    editor.startNew(
      emptyTravelForm({
        direction: visit.direction,
        cityZone: city?.timeZone ?? settings.homeTimeZone,
        homeZone: settings.homeTimeZone,
        date: visit.startDate,
      }),
    )
  const nameOf = (s: TravelSegment): string => `${s.from} → ${s.to}`
  /** Local time where it happens, the zone's city, and the home time when the zones differ. */
  const when = (local: string, zone: string): ReactElement => {
    const instant = localDateTimeToInstant(local, zone)
    const home = settings.homeTimeZone
    return (
      <>
        {formatLocalDateTime(local, lang)}
        <span className={styles.sub} title={zone}>
          {zoneLabel(zone, lang)}
        </span>
        {instant && zone !== home ? (
          <span className={styles.sub}>
            {t('delegation.homeTime', {
              time: formatInstant(instant.toISOString(), home, lang),
              city: settings.homeCityName,
            })}
          </span>
        ) : null}
      </>
    )
  }
  const columns: SimpleColumn<TravelSegment>[] = [
    {
      id: 'mode',
      header: t('logistics.mode'),
      width: '110px',
      render: (s) => (
        <>
          {t(`enum.travelMode.${s.mode}`)}
          {s.service ? <span className={styles.sub}>{s.service}</span> : null}
        </>
      ),
    },
    { id: 'route', header: t('logistics.route'), render: nameOf },
    {
      id: 'departure',
      header: t('logistics.departure'),
      render: (s) => when(s.departureLocal, s.departureZone),
    },
    {
      id: 'arrival',
      header: t('logistics.arrival'),
      render: (s) => when(s.arrivalLocal, s.arrivalZone),
    },
    {
      id: 'duration',
      header: t('logistics.duration'),
      width: '110px',
      render: (s) => {
        const minutes = travelDurationMinutes(s)
        return minutes === null
          ? t('common.none')
          : t('logistics.durationValue', splitDuration(minutes))
      },
    },
    {
      id: 'booking',
      header: t('logistics.bookingReference'),
      width: '120px',
      render: (s) => s.bookingReference || t('common.none'),
    },
    {
      id: 'travellers',
      header: t('logistics.travellers'),
      render: (s) => <PeopleSummary ids={s.travellerIds} nameOf={props.people.nameOf} />,
    },
  ]
  if (editable) {
    columns.push(
      rowActionsColumn(t('common.actions'), (s) => ({
        name: nameOf(s),
        onEdit: () => editor.startEdit(s),
        onDelete: () => repos.travelSegments.remove(s.id),
      })),
    )
  }

  return (
    <VisitChildSection
      headingId="travel-heading"
      title={t('logistics.travel')}
      add={editable ? { label: t('logistics.newSegment'), onClick: startNew } : null}
      emptyText={segments.length === 0 ? t('logistics.noSegments') : null}
      dialog={
        editor.dialog ? (
          <TravelSegmentDialog
            {...editor.dialog}
            visitId={visit.id}
            participantOptions={props.people.options}
          />
        ) : null
      }
    >
      <SimpleTable
        items={sortTravelSegments(segments)}
        columns={columns}
        getKey={(s) => s.id}
        ariaLabel={t('logistics.travel')}
      />
    </VisitChildSection>
  )
}
