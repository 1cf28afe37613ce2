import { useState, type ReactElement } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { formatDateShort } from '../../../../../shared/dates'
import { nightsBetween } from '../../../../../shared/domain/travel'
import type { Accommodation } from '../../../../../shared/model/agenda'
import { LoadingState, useNotify, useT } from '../../../components'
import { useRepos } from '../../../db/DbContext'
import { useVisitChildren } from '../../../db/hooks'
import { PeopleSummary } from '../common/PeopleSummary'
import { RowActions } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import type { ParticipantOptions } from '../common/useParticipantOptions'
import type { VisitContext } from '../common/visitContext'
import { AccommodationDialog } from './AccommodationDialog'
import {
  accommodationToFormValues,
  emptyAccommodationForm,
  type AccommodationFormValues,
} from './accommodationFormValues'

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

type Editing = { stay: Accommodation | null; values: AccommodationFormValues }

export function AccommodationsSection(props: {
  ctx: VisitContext
  people: ParticipantOptions
}): ReactElement {
  const { visit } = props.ctx
  const { t, lang } = useT()
  const styles = useStyles()
  const notify = useNotify()
  const repos = useRepos()
  const stays = useVisitChildren('accommodations', visit.id)
  const [editing, setEditing] = useState<Editing | null>(null)
  const editable = visit.deletedAt === null
  if (!stays) return <LoadingState />

  const columns: SimpleColumn<Accommodation>[] = [
    {
      id: 'hotel',
      header: t('logistics.hotel'),
      render: (s) => (
        <>
          {s.hotel}
          {s.address ? <span className={styles.sub}>{s.address}</span> : null}
        </>
      ),
    },
    {
      id: 'phone',
      header: t('logistics.phone'),
      width: '150px',
      render: (s) => s.phone || t('common.none'),
    },
    {
      id: 'stay',
      header: t('logistics.stay'),
      width: '210px',
      render: (s) => (
        <>
          {formatDateShort(s.checkIn, lang)} – {formatDateShort(s.checkOut, lang)}
          <span className={styles.sub}>
            {t('logistics.nights', { count: nightsBetween(s.checkIn, s.checkOut) })}
          </span>
        </>
      ),
    },
    {
      id: 'booking',
      header: t('logistics.bookingReference'),
      width: '120px',
      render: (s) => s.bookingReference || t('common.none'),
    },
    {
      id: 'guests',
      header: t('logistics.guests'),
      render: (s) => <PeopleSummary ids={s.guestIds} nameOf={props.people.nameOf} />,
    },
  ]
  if (editable) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      width: '90px',
      render: (s) => (
        <RowActions
          name={s.hotel}
          onEdit={() => setEditing({ stay: s, values: accommodationToFormValues(s) })}
          onDelete={() => repos.accommodations.remove(s.id)}
        />
      ),
    })
  }

  return (
    <section className={styles.section} aria-labelledby="stays-heading">
      <div className={styles.head}>
        <Text as="h2" id="stays-heading" size={500} weight="semibold">
          {t('logistics.accommodations')}
        </Text>
        {editable ? (
          <Button
            icon={<AddRegular />}
            onClick={() => setEditing({ stay: null, values: emptyAccommodationForm(visit) })}
          >
            {t('logistics.newAccommodation')}
          </Button>
        ) : null}
      </div>
      {stays.length === 0 ? (
        <Text className={styles.muted}>{t('logistics.noAccommodations')}</Text>
      ) : (
        <SimpleTable
          items={stays}
          columns={columns}
          getKey={(s) => s.id}
          ariaLabel={t('logistics.accommodations')}
        />
      )}
      <AccommodationDialog
        open={editing !== null}
        title={editing?.stay ? t('logistics.editAccommodation') : t('logistics.newAccommodation')}
        visitId={visit.id}
        defaultValues={editing?.values ?? emptyAccommodationForm(visit)}
        participantOptions={props.people.options}
        onSave={async (input) => {
          if (editing?.stay) await repos.accommodations.update(editing.stay.id, input)
          else await repos.accommodations.create(input)
          notify({ title: t('common.saved') })
        }}
        onClose={() => setEditing(null)}
      />
    </section>
  )
}
