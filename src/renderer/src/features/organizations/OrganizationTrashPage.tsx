import type { ReactElement } from 'react'
import { EntityTrashPage, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useOrganizations, useSettings } from '@renderer/db/hooks'

/** /organizations/trash — restore or delete for good (contacts then lose the link). */
export function OrganizationTrashPage(): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const trashed = useOrganizations({ onlyDeleted: true })
  const settings = useSettings()
  return (
    <EntityTrashPage
      title={t('organizations.trashTitle')}
      listPath="/organizations"
      backToList={t('organizations.backToList')}
      emptyBody={t('organizations.trashEmptyBody')}
      items={trashed}
      timeZone={settings?.homeTimeZone}
      nameOf={(o) => o.name}
      onRestore={async (o) => void (await repos.organizations.restore(o.id))}
      onDeleteForever={(o) => repos.organizations.remove(o.id)}
    />
  )
}
