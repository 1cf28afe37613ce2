import type { ReactElement } from 'react'
import { BinRecycleRegular } from '@fluentui/react-icons'
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
import { useOrganizations, useSettings } from '../../db/hooks'

/** /organizations/trash — restore or delete for good (contacts then lose the link). */
export function OrganizationTrashPage(): ReactElement {
  const { t } = useT()
  const repos = useRepos()
  const trashed = useOrganizations({ onlyDeleted: true })
  const settings = useSettings()
  return (
    <Page fill>
      <PageHeader
        title={t('organizations.trashTitle')}
        above={<BackLink to="/organizations">{t('organizations.backToList')}</BackLink>}
      />
      {trashed === undefined || settings === undefined ? (
        <LoadingState />
      ) : trashed.length === 0 ? (
        <EmptyState
          icon={<BinRecycleRegular />}
          title={t('trash.emptyTitle')}
          body={t('organizations.trashEmptyBody')}
          action={<RouteLink to="/organizations">{t('organizations.backToList')}</RouteLink>}
        />
      ) : (
        <TrashTable
          items={trashed}
          nameOf={(o) => o.name}
          ariaLabel={t('organizations.trashTitle')}
          timeZone={settings.homeTimeZone}
          onRestore={async (o) => void (await repos.organizations.restore(o.id))}
          onDeleteForever={(o) => repos.organizations.remove(o.id)}
        />
      )}
    </Page>
  )
}
