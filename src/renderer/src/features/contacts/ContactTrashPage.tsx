import type { ReactElement } from 'react'
import { formatInstant } from '@shared/dates'
import { contactDisplayName } from '@shared/domain/contactList'
import { purgeDate } from '@shared/domain/trashExpiry'
import { EntityTrashPage, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useContacts, useSettings } from '@renderer/db/hooks'

/** /contacts/trash — restore, or delete for good (visits then lose the person). */
export function ContactTrashPage(): ReactElement {
  const { t, lang } = useT()
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
        {
          // Personal data leaves the trash for good after 30 days (purged at start).
          id: 'purgeAt',
          header: t('privacy.trash.purgeAt'),
          width: '170px',
          render: (c) =>
            c.deletedAt && settings
              ? formatInstant(purgeDate(c.deletedAt), settings.homeTimeZone, lang)
              : '',
        },
      ]}
      onRestore={async (c) => void (await repos.contacts.restore(c.id))}
      onDeleteForever={(c) => repos.contacts.remove(c.id)}
    />
  )
}
