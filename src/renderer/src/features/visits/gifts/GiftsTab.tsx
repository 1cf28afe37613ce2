import { useMemo, useState, type ReactElement } from 'react'
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import type { Gift } from '../../../../../shared/model/gift'
import { EmptyState, LoadingState, useNotify, useT } from '../../../components'
import { useRepos } from '../../../db/DbContext'
import { useContacts, useVisitChildren } from '../../../db/hooks'
import { contactLabel, contactName } from '../common/names'
import { RowActions } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import type { VisitContext } from '../common/visitContext'
import { GiftDialog } from './GiftDialog'
import { formatMoney } from './formatMoney'
import { emptyGiftForm, giftToFormValues, type GiftFormValues } from './giftFormValues'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS },
})

type Editing = { gift: Gift | null; values: GiftFormValues }

/** Gifts given and received on this visit, for the protocol's gifts register. */
export function GiftsTab({ visit }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const notify = useNotify()
  const repos = useRepos()
  const gifts = useVisitChildren('gifts', visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const [editing, setEditing] = useState<Editing | null>(null)
  const editable = visit.deletedAt === null
  const byId = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts])
  if (!gifts || !contacts) return <LoadingState />

  const contactOptions = contacts
    .filter((c) => c.deletedAt === null)
    .map((c) => ({ value: c.id, label: contactLabel(c) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'))
  const person = (id: string | null): string => {
    const contact = id ? byId.get(id) : undefined
    return contact ? contactName(contact) : t('common.none')
  }
  const columns: SimpleColumn<Gift>[] = [
    {
      id: 'direction',
      header: t('gifts.direction'),
      width: '110px',
      render: (g) => t(`enum.giftDirection.${g.direction}`),
    },
    { id: 'description', header: t('gifts.description'), render: (g) => g.description },
    { id: 'giver', header: t('gifts.giver'), render: (g) => person(g.giverId) },
    { id: 'recipient', header: t('gifts.recipient'), render: (g) => person(g.recipientId) },
    {
      id: 'value',
      header: t('gifts.value'),
      width: '120px',
      render: (g) => (g.value === null ? t('common.none') : formatMoney(g.value, g.currency, lang)),
    },
    {
      id: 'disposition',
      header: t('gifts.disposition'),
      render: (g) => g.disposition || t('common.none'),
    },
  ]
  if (editable) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      width: '90px',
      render: (g) => (
        <RowActions
          name={g.description}
          onEdit={() => setEditing({ gift: g, values: giftToFormValues(g) })}
          onDelete={() => repos.gifts.remove(g.id)}
        />
      ),
    })
  }
  const defaultDirection = visit.direction === 'incoming' ? 'received' : 'given'

  return (
    <div className={styles.root}>
      {editable ? (
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => setEditing({ gift: null, values: emptyGiftForm(defaultDirection) })}
          >
            {t('gifts.new')}
          </Button>
        </div>
      ) : null}
      {gifts.length === 0 ? (
        <EmptyState title={t('gifts.empty')} body={t('gifts.emptyBody')} />
      ) : (
        <SimpleTable
          items={gifts}
          columns={columns}
          getKey={(g) => g.id}
          ariaLabel={t('visits.tab.gifts')}
        />
      )}
      <GiftDialog
        open={editing !== null}
        title={editing?.gift ? t('gifts.edit') : t('gifts.new')}
        visitId={visit.id}
        defaultValues={editing?.values ?? emptyGiftForm(defaultDirection)}
        contactOptions={contactOptions}
        onSave={async (input) => {
          if (editing?.gift) await repos.gifts.update(editing.gift.id, input)
          else await repos.gifts.create(input)
          notify({ title: t('common.saved') })
        }}
        onClose={() => setEditing(null)}
      />
    </div>
  )
}
