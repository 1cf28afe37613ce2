import { useCallback, useMemo, type ReactElement } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { formatDateShort } from '@shared/dates'
import { sortParticipants } from '@shared/domain/displayOrder'
import { participantRank, type ParticipantWithContact } from '@shared/domain/precedence'
import type { Contact } from '@shared/model/contact'
import type { Participant } from '@shared/model/visit'
import { PARTICIPANT_ROLES, PARTICIPANT_SIDES, participantInputSchema } from '@shared/model/visit'
import {
  ComboField,
  EmptyState,
  EntityFormView,
  LoadingState,
  SelectField,
  useEntityForm,
  useNotify,
  useRowEditor,
  useT,
} from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { useContactSearchKey } from '@renderer/features/contacts'
import { contactName, contactOptions } from '../common/names'
import { rowActionsColumn, type RowActionsProps } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import { useEnumOptions } from '../common/useEnumOptions'
import type { VisitContext } from '../common/visitContext'
import { ParticipantDialog } from './ParticipantDialog'
import {
  emptyParticipantForm,
  participantFormToInput,
  participantToFormValues,
  type ParticipantFormValues,
} from './participantFormValues'
import { tripMobileText } from './tripMobileText'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  addGrid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(260px, 2fr) repeat(2, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  name: { display: 'flex', flexDirection: 'column' },
})

type Row = ParticipantWithContact & { participant: Participant; contact: Contact | undefined }

/** Who takes part, on which side and in which role, listed in protocol order. */
export function ParticipantsTab({ visit }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const notify = useNotify()
  const repos = useRepos()
  const enumOptions = useEnumOptions()
  const participants = useVisitChildren('participants', visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const contactKey = useContactSearchKey()
  const editable = visit.deletedAt === null
  const editor = useRowEditor(repos.participants, {
    toValues: participantToFormValues,
    newTitle: t('participants.add'),
    editTitle: t('participants.edit'),
  })

  const toCandidate = useCallback(
    (values: ParticipantFormValues) => participantFormToInput(values, visit.id),
    [visit.id],
  )
  const form = useEntityForm({
    schema: participantInputSchema,
    toCandidate,
    defaultValues: emptyParticipantForm(),
  })

  const byId = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts])
  const rows = useMemo<Row[]>(
    () =>
      sortParticipants(
        (participants ?? []).map((participant) => ({
          participant,
          contact: byId.get(participant.contactId),
        })),
        (id) => byId.get(id),
      ),
    [participants, byId],
  )

  if (!participants || !contacts) return <LoadingState />

  const available = contactOptions(
    contacts,
    new Set(participants.map((p) => p.contactId)),
    contactKey,
  )
  const nameOf = (row: Row): string =>
    row.contact ? contactName(row.contact) : t('visits.participants.unknownContact')
  const edited = rows.find((row) => row.participant.id === editor.row?.id)
  const rankOf = (row: Row): ReturnType<typeof participantRank> =>
    participantRank(row, (id) => byId.get(id))
  const standsInFor = (row: Row): string | null => {
    const id = row.participant.standsInForId
    if (!id) return null
    const replaced = byId.get(id)
    return t('delegation.inPlaceOf', {
      name: replaced ? contactName(replaced) : t('visits.participants.unknownContact'),
    })
  }

  const columns: SimpleColumn<Row>[] = [
    {
      id: 'name',
      header: t('participants.name'),
      render: (row) => {
        const replacing = standsInFor(row)
        return (
          <span className={styles.name}>
            <span>{nameOf(row)}</span>
            {replacing ? <Text className={styles.muted}>{replacing}</Text> : null}
          </span>
        )
      },
    },
    {
      id: 'position',
      header: t('participants.position'),
      render: (row) => row.contact?.position ?? '',
    },
    {
      id: 'side',
      header: t('participants.side'),
      render: (row) => t(`enum.side.${row.participant.side}`),
    },
    {
      id: 'role',
      header: t('participants.role'),
      render: (row) => t(`enum.role.${row.participant.role}`),
    },
    {
      id: 'rank',
      header: t('participants.rank'),
      render: (row) => rankOf(row)?.precedenceRank ?? t('common.none'),
    },
    {
      id: 'tripMobile',
      header: t('participants.tripMobile'),
      render: (row) => tripMobileText(row.participant, t),
    },
    {
      id: 'since',
      header: t('participants.inOfficeSince'),
      render: (row) => {
        const since = rankOf(row)?.inOfficeSince
        return since ? formatDateShort(since, lang) : t('common.none')
      },
    },
  ]
  if (editable) {
    const actionsOf = (row: Row): RowActionsProps => ({
      name: nameOf(row),
      deleteKind: 'remove',
      onEdit: () => editor.startEdit(row.participant),
      onDelete: () => repos.participants.remove(row.participant.id),
    })
    columns.push(rowActionsColumn(t('common.actions'), actionsOf))
  }

  return (
    <div className={styles.root}>
      {editable ? (
        <EntityFormView
          form={form}
          ariaLabel={t('participants.add')}
          submitLabel={t('participants.add')}
          escapeCancels={false}
          onSubmit={async (input) => {
            await repos.participants.create(input)
            notify({ title: t('participants.added') })
            form.reset(emptyParticipantForm(input.side))
          }}
        >
          <div className={styles.addGrid} data-shortcut="newItem">
            <ComboField
              control={form.control}
              name="contactId"
              label={t('participants.contact')}
              options={available}
              placeholder={t('participants.contactPlaceholder')}
              required
            />
            <SelectField
              control={form.control}
              name="side"
              label={t('participants.side')}
              options={enumOptions('side', PARTICIPANT_SIDES)}
            />
            <SelectField
              control={form.control}
              name="role"
              label={t('participants.role')}
              options={enumOptions('role', PARTICIPANT_ROLES)}
            />
          </div>
        </EntityFormView>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t('participants.empty')} body={t('participants.emptyBody')} />
      ) : (
        <>
          <Text className={styles.muted}>{t('participants.orderNote')}</Text>
          <SimpleTable
            items={rows}
            columns={columns}
            getKey={(row) => row.participant.id}
            ariaLabel={t('visits.tab.participants')}
          />
        </>
      )}
      {editor.dialog && edited ? (
        <ParticipantDialog
          {...editor.dialog}
          visitId={visit.id}
          name={nameOf(edited)}
          standInOptions={contactOptions(
            contacts,
            new Set([edited.participant.contactId]),
            contactKey,
          )}
        />
      ) : null}
    </div>
  )
}
