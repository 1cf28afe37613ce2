import { useState, type ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { contactDisplayName } from '../../../../shared/domain/contactList'
import {
  ConfirmDialog,
  EmptyState,
  LoadingState,
  Page,
  PageHeader,
  useNotify,
  useT,
  BackLink,
  RouteLink,
} from '../../components'
import { useRepos } from '../../db/DbContext'
import { useContact, useContacts } from '../../db/hooks'
import { contactToForm } from './contactForm'
import { ContactForm } from './ContactForm'
import { useContactLookups, useTagOptions } from './useContactLookups'

/** /contacts/new and /contacts/:id. */
export function ContactEditPage(): ReactElement {
  const { id } = useParams()
  const isNew = id === undefined
  const { t } = useT()
  const navigate = useNavigate()
  const repos = useRepos()
  const notify = useNotify()
  const contact = useContact(id)
  const all = useContacts()
  const lookups = useContactLookups()
  const tagOptions = useTagOptions(all)
  const [trashing, setTrashing] = useState(false)
  const back = (): void => void navigate('/contacts')

  if (!isNew && contact === undefined) return <LoadingState />
  if (!isNew && contact === null) {
    return (
      <Page narrow>
        <EmptyState
          title={t('contacts.notFound')}
          action={<RouteLink to="/contacts">{t('common.back')}</RouteLink>}
        />
      </Page>
    )
  }
  const person = contact ?? null
  const inTrash = person?.deletedAt != null
  const name = person ? contactDisplayName(person) : ''

  return (
    <Page narrow>
      <PageHeader
        title={person ? name : t('contacts.new')}
        subtitle={person?.position || undefined}
        above={<BackLink to="/contacts">{t('contacts.backToList')}</BackLink>}
      />
      {inTrash ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('contacts.inTrash')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ContactForm
        key={person?.id ?? 'new'}
        initial={contactToForm(person)}
        organizationOptions={lookups.organizationOptions}
        tagOptions={tagOptions}
        onCancel={back}
        onSave={async (input) => {
          const saved = person
            ? await repos.contacts.update(person.id, input)
            : await repos.contacts.create(input)
          notify({ title: t('common.saved'), body: contactDisplayName(saved) })
          back()
        }}
        extraActions={
          person && !inTrash ? (
            <Button icon={<DeleteRegular />} onClick={() => setTrashing(true)}>
              {t('common.moveToTrash')}
            </Button>
          ) : null
        }
      />
      <ConfirmDialog
        open={trashing}
        title={t('common.moveToTrash')}
        confirmLabel={t('common.moveToTrash')}
        onCancel={() => setTrashing(false)}
        onConfirm={async () => {
          if (!person) return
          await repos.contacts.softDelete(person.id)
          notify({ title: t('common.deleted'), body: name })
          back()
        }}
      >
        <p>{t('common.confirmDelete', { name })}</p>
      </ConfirmDialog>
    </Page>
  )
}
