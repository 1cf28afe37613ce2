import type { ReactElement } from 'react'
import { BinRecycleRegular } from '@fluentui/react-icons'
import { contactDisplayName } from '../../../../shared/domain/contactList'
import {
  EmptyState,
  LoadingState,
  Page,
  PageHeader,
  TrashTable,
  useT,
  BackLink,
  RouteLink,
} from '../../components'
import { useRepos } from '../../db/DbContext'
import { useContacts, useSettings } from '../../db/hooks'

/** /contacts/trash — restore, or delete for good (visits then lose the person). */
export function ContactTrashPage(): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const trashed = useContacts({ onlyDeleted: true })
  const settings = useSettings()
  return (
    <Page fill>
      <PageHeader
        title={t('contacts.trashTitle')}
        above={<BackLink to="/contacts">{t('contacts.backToList')}</BackLink>}
      />
      {trashed === undefined || settings === undefined ? (
        <LoadingState />
      ) : trashed.length === 0 ? (
        <EmptyState
          icon={<BinRecycleRegular />}
          title={t('trash.emptyTitle')}
          body={t('contacts.trashEmptyBody')}
          action={<RouteLink to="/contacts">{t('contacts.backToList')}</RouteLink>}
        />
      ) : (
        <TrashTable
          items={trashed}
          nameOf={contactDisplayName}
          columns={[
            {
              id: 'position',
              header: t('fields.position'),
              width: 'minmax(160px, 2fr)',
              render: (c) => c.position,
            },
          ]}
          ariaLabel={t('contacts.trashTitle')}
          timeZone={settings.homeTimeZone}
          onRestore={async (c) => void (await repos.contacts.restore(c.id))}
          onDeleteForever={(c) => repos.contacts.remove(c.id)}
        />
      )}
    </Page>
  )
}
