import { useEffect, useMemo, useState, type ReactElement } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components'
import { compareText } from '@shared/domain/collation'
import { contactFieldLabel } from '@shared/domain/contactFieldLabel'
import { contactDisplayName } from '@shared/domain/contactList'
import { shortDisplayName, sortableName } from '@shared/domain/personName'
import type { Contact } from '@shared/model/contact'
import {
  ComboField,
  ConfirmDialog,
  errorText,
  RadioGroupField,
  useNotify,
  useT,
  type FieldOption,
} from '@renderer/components'
import type { MergePreview } from '@renderer/db/contactMergeStore'
import { useContacts } from '@renderer/db/hooks'
import { useDataOperations } from '@renderer/db/useDataOperations'
import { useContactSearchKey } from '../useContactIndex'

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

type Values = { otherId: string; keep: 'this' | 'other' }

/** Living contacts but `self`, as the search picker's options (the contacts list's search). */
function useOtherOptions(self: Contact): FieldOption[] {
  const contacts = useContacts()
  const keyOf = useContactSearchKey()
  return useMemo(
    () =>
      (contacts ?? [])
        .filter((c) => c.id !== self.id)
        .sort((a, b) => compareText(sortableName(a), sortableName(b)))
        .map((c) => ({
          value: c.id,
          label: c.position.trim() ? `${shortDisplayName(c)} · ${c.position}` : shortDisplayName(c),
          searchKey: keyOf(c),
        })),
    [contacts, keyOf, self.id],
  )
}

function PreviewText({ preview }: { preview: MergePreview }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const removed = contactDisplayName(preview.remove)
  const moves = [
    t('privacy.merge.visits', { count: preview.visits }),
    t('privacy.merge.meetings', { count: preview.meetings }),
    t('privacy.merge.gifts', { count: preview.gifts }),
    t('privacy.merge.headOrHost', { count: preview.headOrHost }),
  ]
  return (
    <div className={styles.preview} aria-label={t('privacy.merge.moves', { name: removed })}>
      <Text weight="semibold">{t('privacy.merge.moves', { name: removed })}</Text>
      <ul className={styles.list}>
        {moves.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Text>
        {preview.fieldsTaken.length > 0
          ? t('privacy.merge.fieldsTaken', {
              name: removed,
              fields: preview.fieldsTaken.map((field) => contactFieldLabel(t, field)).join(', '),
            })
          : t('privacy.merge.noFieldsTaken', { name: removed })}
      </Text>
      <Text>{t('privacy.merge.removed', { name: removed })}</Text>
    </div>
  )
}

/**
 * "Merge with…": the other contact picked with the contact search, which one stays, and a preview
 * of what moves before anything is written. Afterwards the kept contact's page opens, where the
 * undo bar offers to take it back.
 */
export function MergeContactDialog(props: { contact: Contact; onClose: () => void }): ReactElement {
  const { contact, onClose } = props
  const { t, lang } = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const { contactMerge } = useDataOperations()
  const options = useOtherOptions(contact)
  const form = useForm<Values>({ defaultValues: { otherId: '', keep: 'this' } })
  const otherId = useWatch({ control: form.control, name: 'otherId' })
  const keep = useWatch({ control: form.control, name: 'keep' })
  const [preview, setPreview] = useState<MergePreview | 'loading' | string | null>(null)

  useEffect(() => {
    if (!otherId) return setPreview(null)
    const [keepId, removeId] = keep === 'this' ? [contact.id, otherId] : [otherId, contact.id]
    let live = true
    setPreview('loading')
    contactMerge.preview(keepId, removeId).then(
      (result) => live && setPreview(result),
      (error: unknown) => live && setPreview(errorText(error, t, lang)),
    )
    return () => {
      live = false
    }
  }, [otherId, keep, contact.id, contactMerge, t, lang])

  const other = options.find((o) => o.value === otherId)
  const keepOptions: FieldOption[] = [
    { value: 'this', label: contactDisplayName(contact) },
    { value: 'other', label: other?.label ?? t('privacy.merge.other') },
  ]
  const ready = typeof preview === 'object' && preview !== null

  return (
    <ConfirmDialog
      open
      title={t('privacy.merge.title', { name: contactDisplayName(contact) })}
      confirmLabel={t('privacy.merge.confirm')}
      onCancel={onClose}
      onConfirm={async () => {
        // A keyed error: the dialog shows its text and stays open.
        if (!ready) throw { messageKey: 'privacy.merge.chooseFirst' }
        const kept = contactDisplayName(preview.keep)
        const removed = contactDisplayName(preview.remove)
        await contactMerge.merge(preview.keep.id, preview.remove.id, { kept, removed })
        notify({
          title: t('privacy.merge.done'),
          body: t('privacy.merge.doneBody', { kept, removed }),
        })
        onClose()
        void navigate(`/contacts/${preview.keep.id}`)
      }}
    >
      <ComboField
        control={form.control}
        name="otherId"
        label={t('privacy.merge.other')}
        options={options}
        required
      />
      <RadioGroupField
        control={form.control}
        name="keep"
        label={t('privacy.merge.keep')}
        options={keepOptions}
      />
      {preview === 'loading' ? <Spinner size="tiny" /> : null}
      {typeof preview === 'string' && preview !== 'loading' ? (
        <Text role="alert">{preview}</Text>
      ) : null}
      {ready ? <PreviewText preview={preview} /> : null}
    </ConfirmDialog>
  )
}
