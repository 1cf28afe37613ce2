import type { ReactElement } from 'react'
import { contactDisplayName } from '@shared/domain/contactList'
import { EntityTrashPage, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useSettings } from '@renderer/db/hooks'

/** /contacts/trash — restore, or delete for good (visits then lose the person). */
export function ContactTrashPage(): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const trashed = useContacts({ onlyDeleted: true })
  const settings = useSettings()
  return (
    <EntityTrashPage
      title={t('contacts.trashTitle')}
      listPath="/contacts"
      backToList={t('contacts.backToList')}
      emptyBody={t('contacts.trashEmptyBody')}
      items={trashed}
      timeZone={settings?.homeTimeZone}
      nameOf={contactDisplayName}
      columns={[
        {
          id: 'position',
          header: t('fields.position'),
          width: 'minmax(160px, 2fr)',
          render: (c) => c.position,
        },
      ]}
      onRestore={async (c) => void (await repos.contacts.restore(c.id))}
      onDeleteForever={(c) => repos.contacts.remove(c.id)}
    />
  )
}
