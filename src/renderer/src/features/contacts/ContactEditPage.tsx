import type { ReactElement } from 'react'
import { useNavigate, useParams } from 'react-router'
import { contactDisplayName } from '@shared/domain/contactList'
import { TrashableEditPage, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContact, useContactPhoto, useContacts, useOrganizations } from '@renderer/db/hooks'
import { useMergeVersion } from '@renderer/db/useLastMerge'
import { ContactHistoryPanel } from './ContactHistoryPanel'
import { contactToForm } from './contactFormValues'
import { ContactForm } from './ContactForm'
import { ContactTrashNotice } from './ContactTrashNotice'
import { VCardExportMenu } from './export/VCardExportMenu'
import { ContactPrivacyMenu } from './privacy/ContactPrivacyMenu'
import { UndoMergeBar } from './privacy/UndoMergeBar'
import { useContactLookups, useTagOptions } from './useContactLookups'

/** /contacts/new and /contacts/:id. */
export function ContactEditPage(): ReactElement {
  const { id } = useParams()
  const { t } = useT()
  const navigate = useNavigate()
  const repos = useRepos()
  const notify = useNotify()
  const contact = useContact(id)
  // The form starts from the photo too: opened before it is read, saving would drop it.
  const photo = useContactPhoto(id)
  const all = useContacts()
  const lookups = useContactLookups()
  const tagOptions = useTagOptions(all)
  const organizations = useOrganizations()
  const back = (): void => void navigate('/contacts')
  // A merge or its undo rewrites contacts under the open form: once one happened, the form starts
  // afresh whenever its contact's row changes, so it never shows (and saves back) the old values.
  const merged = useMergeVersion() > 0

  return (
    <TrashableEditPage
      record={photo === undefined ? undefined : contact}
      isNew={id === undefined}
      listPath="/contacts"
      texts={{
        newTitle: t('contacts.new'),
        backToList: t('contacts.backToList'),
        notFound: t('contacts.notFound'),
        inTrash: t('contacts.inTrash'),
      }}
      nameOf={contactDisplayName}
      subtitleOf={(person) => person.position || undefined}
      moveToTrash={(person) => repos.contacts.softDelete(person.id)}
      trashNotice={(person) => (
        <ContactTrashNotice contactId={person.id} name={contactDisplayName(person)} />
      )}
    >
      {(person, trashButton) => (
        <>
          <UndoMergeBar />
          <ContactForm
            key={`${person?.id ?? 'new'}:${merged ? (person?.updatedAt ?? '') : ''}`}
            initial={contactToForm(person, photo?.photo ?? null)}
            organizationOptions={lookups.organizationOptions}
            organizations={organizations ?? []}
            tagOptions={tagOptions}
            onCancel={back}
            onSave={async ({ photo: picture, ...input }) => {
              const saved = await repos.contactPhotos.saveWithPhoto(
                person?.id ?? null,
                input,
                picture,
              )
              notify({ title: t('common.saved'), body: contactDisplayName(saved) })
              back()
            }}
            extraActions={
              <>
                {trashButton}
                {person ? (
                  <VCardExportMenu selections={[{ key: 'one', contacts: [person] }]} />
                ) : null}
                {person ? <ContactPrivacyMenu contact={person} /> : null}
              </>
            }
          />
          {person ? <ContactHistoryPanel contactId={person.id} /> : null}
        </>
      )}
    </TrashableEditPage>
  )
}
