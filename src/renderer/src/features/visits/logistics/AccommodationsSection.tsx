import type { ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import { formatDateShort } from '@shared/dates'
import { sortAccommodations } from '@shared/domain/displayOrder'
import { nightsBetween } from '@shared/domain/travel'
import type { Accommodation } from '@shared/model/agenda'
import { LoadingState, useRowEditor, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useVisitChildren } from '@renderer/db/hooks'
import { PeopleSummary } from '../common/PeopleSummary'
import { rowActionsColumn } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import type { ParticipantOptions } from '../common/useParticipantOptions'
import { VisitChildSection } from '../common/VisitChildList'
import type { VisitContext } from '../common/visitContext'
import { AccommodationDialog } from './AccommodationDialog'
import { accommodationToFormValues, emptyAccommodationForm } from './accommodationFormValues'

const useStyles = makeStyles({
  sub: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
})

export function AccommodationsSection(props: {
  ctx: VisitContext
  people: ParticipantOptions
}): ReactElement {
  const { visit } = props.ctx
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const stays = useVisitChildren('accommodations', visit.id)
  const editor = useRowEditor(repos.accommodations, {
    toValues: accommodationToFormValues,
    newTitle: t('logistics.newAccommodation'),
    editTitle: t('logistics.editAccommodation'),
  })
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
    columns.push(
      rowActionsColumn(t('common.actions'), (s) => ({
        name: s.hotel,
        onEdit: () => editor.startEdit(s),
        onDelete: () => repos.accommodations.remove(s.id),
      })),
    )
  }

  return (
    <VisitChildSection
      headingId="stays-heading"
      title={t('logistics.accommodations')}
      add={
        editable
          ? {
              label: t('logistics.newAccommodation'),
              onClick: () => editor.startNew(emptyAccommodationForm(visit)),
            }
          : null
      }
      emptyText={stays.length === 0 ? t('logistics.noAccommodations') : null}
      dialog={
        editor.dialog ? (
          <AccommodationDialog
            {...editor.dialog}
            visitId={visit.id}
            participantOptions={props.people.options}
          />
        ) : null
      }
    >
      <SimpleTable
        items={sortAccommodations(stays)}
        columns={columns}
        getKey={(s) => s.id}
        ariaLabel={t('logistics.accommodations')}
      />
    </VisitChildSection>
  )
}
