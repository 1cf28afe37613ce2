import { useMemo, type ReactElement } from 'react'
import { makeStyles, tokens } from '@fluentui/react-components'
import { sortGifts } from '@shared/domain/displayOrder'
import { createGiftRepeatIndex } from '@shared/domain/giftRepeats'
import type { Gift } from '@shared/model/gift'
import { EmptyState, LoadingState, useRowEditor, useT } from '@renderer/components'
import { useGiftHistory } from '@renderer/db/crossVisitHooks'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { useContactSearchKey } from '@renderer/features/contacts'
import { contactName, contactOptions } from '../common/names'
import { rowActionsColumn } from '../common/RowActions'
import { SimpleTable, type SimpleColumn } from '../common/SimpleTable'
import { VisitChildTab } from '../common/VisitChildList'
import type { VisitContext } from '../common/visitContext'
import { GiftDialog } from './GiftDialog'
import { GiftRepeatLine } from './GiftRepeatNotice'
import { formatMoney } from './formatMoney'
import { emptyGiftForm, giftToFormValues } from './giftFormValues'

const useStyles = makeStyles({
  description: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
})

/** Gifts given and received on this visit, for the protocol's gifts register. */
export function GiftsTab({ visit }: VisitContext): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const repos = useRepos()
  const gifts = useVisitChildren('gifts', visit.id)
  const contacts = useContacts({ includeDeleted: true })
  const contactKey = useContactSearchKey()
  const editor = useRowEditor(repos.gifts, {
    toValues: giftToFormValues,
    newTitle: t('gifts.new'),
    editTitle: t('gifts.edit'),
  })
  const editable = visit.deletedAt === null
  const byId = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts])
  const history = useGiftHistory()
  const repeatIndex = useMemo(
    () => (history ? createGiftRepeatIndex(history.gifts, history.visits) : undefined),
    [history],
  )
  if (!gifts || !contacts) return <LoadingState />

  const person = (id: string | null): string => {
    if (!id) return t('common.none')
    const contact = byId.get(id)
    // An id that resolves to nothing must not read as "nobody": someone was named.
    return contact ? contactName(contact) : t('privacy.removedContact')
  }
  const columns: SimpleColumn<Gift>[] = [
    {
      id: 'direction',
      header: t('gifts.direction'),
      width: '110px',
      render: (g) => t(`enum.giftDirection.${g.direction}`),
    },
    {
      id: 'description',
      header: t('gifts.description'),
      render: (g) => (
        <span className={styles.description}>
          {g.description}
          <GiftRepeatLine repeats={repeatIndex?.repeatsOf(g) ?? []} />
        </span>
      ),
    },
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
    columns.push(
      rowActionsColumn(t('common.actions'), (g) => ({
        name: g.description,
        onEdit: () => editor.startEdit(g),
        onDelete: () => repos.gifts.remove(g.id),
      })),
    )
  }
  const defaultDirection = visit.direction === 'incoming' ? 'received' : 'given'

  return (
    <VisitChildTab
      add={
        editable
          ? {
              label: t('gifts.new'),
              onClick: () => editor.startNew(emptyGiftForm(defaultDirection)),
            }
          : null
      }
      dialog={
        editor.dialog ? (
          <GiftDialog
            {...editor.dialog}
            visitId={visit.id}
            contactOptions={contactOptions(contacts, undefined, contactKey)}
            repeatIndex={repeatIndex}
            giftId={editor.row?.id}
          />
        ) : null
      }
    >
      {gifts.length === 0 ? (
        <EmptyState title={t('gifts.empty')} body={t('gifts.emptyBody')} />
      ) : (
        <SimpleTable
          items={sortGifts(gifts)}
          columns={columns}
          getKey={(g) => g.id}
          ariaLabel={t('visits.tab.gifts')}
        />
      )}
    </VisitChildTab>
  )
}
