import { useState, type ReactElement } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { formatLocalDateTime } from '../../../../../shared/dates'
import {
  sortSegments,
  splitDuration,
  travelDurationMinutes,
} from '../../../../../shared/domain/travel'
import type { TravelSegment } from '../../../../../shared/model/agenda'
import { LoadingState, useNotify, useT } from '../../../components'
import { useRepos } from '../../../db/DbContext'
import { useVisitChildren } from '../../../db/hooks'
import { PeopleSummary } from '../common/PeopleSummary'
import { RowActions } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import type { ParticipantOptions } from '../common/useParticipantOptions'
import type { VisitContext } from '../common/visitContext'
import { TravelSegmentDialog } from './TravelSegmentDialog'
import {
  emptyTravelForm,
  travelSegmentToFormValues,
  type TravelFormValues,
} from './travelFormValues'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  sub: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  muted: { color: tokens.colorNeutralForeground3 },
})

type Editing = { segment: TravelSegment | null; values: TravelFormValues }

export function TravelSection(props: {
  ctx: VisitContext
  people: ParticipantOptions
}): ReactElement {
  const { visit, city, settings } = props.ctx
  const { t, lang } = useT()
  const styles = useStyles()
  const notify = useNotify()
  const repos = useRepos()
  const segments = useVisitChildren('travelSegments', visit.id)
  const [editing, setEditing] = useState<Editing | null>(null)
  const editable = visit.deletedAt === null
  if (!segments) return <LoadingState />

  const newValues = (): TravelFormValues =>
    emptyTravelForm({
      direction: visit.direction,
      cityZone: city?.timeZone ?? settings.homeTimeZone,
      homeZone: settings.homeTimeZone,
      date: visit.startDate,
    })
  const nameOf = (s: TravelSegment): string => `${s.from} → ${s.to}`
  const when = (local: string, zone: string): ReactElement => (
    <>
      {formatLocalDateTime(local, lang)}
      <span className={styles.sub}>{zone}</span>
    </>
  )
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
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      width: '90px',
      render: (s) => (
        <RowActions
          name={nameOf(s)}
          onEdit={() => setEditing({ segment: s, values: travelSegmentToFormValues(s) })}
          onDelete={() => repos.travelSegments.remove(s.id)}
        />
      ),
    })
  }

  return (
    <section className={styles.section} aria-labelledby="travel-heading">
      <div className={styles.head}>
        <Text as="h2" id="travel-heading" size={500} weight="semibold">
          {t('logistics.travel')}
        </Text>
        {editable ? (
          <Button
            icon={<AddRegular />}
            onClick={() => setEditing({ segment: null, values: newValues() })}
          >
            {t('logistics.newSegment')}
          </Button>
        ) : null}
      </div>
      {segments.length === 0 ? (
        <Text className={styles.muted}>{t('logistics.noSegments')}</Text>
      ) : (
        <SimpleTable
          items={sortSegments(segments)}
          columns={columns}
          getKey={(s) => s.id}
          ariaLabel={t('logistics.travel')}
        />
      )}
      <TravelSegmentDialog
        open={editing !== null}
        title={editing?.segment ? t('logistics.editSegment') : t('logistics.newSegment')}
        visitId={visit.id}
        defaultValues={editing?.values ?? newValues()}
        participantOptions={props.people.options}
        onSave={async (input) => {
          if (editing?.segment) await repos.travelSegments.update(editing.segment.id, input)
          else await repos.travelSegments.create(input)
          notify({ title: t('common.saved') })
        }}
        onClose={() => setEditing(null)}
      />
    </section>
  )
}
