import type { ReactElement } from 'react'
import { BinRecycleRegular } from '@fluentui/react-icons'
import { EmptyState } from './EmptyState'
import { LoadingState } from './LoadingState'
import { Page } from './Page'
import { PageHeader } from './PageHeader'
import { BackLink, RouteLink } from './RouteLink'
import { TrashTable, type TrashTableProps } from './TrashTable'
import { useT } from './useT'

type Trashed = { id: string; deletedAt: string | null }

export type EntityTrashPageProps<T extends Trashed> = Omit<
  TrashTableProps<T>,
  'items' | 'timeZone' | 'ariaLabel'
> & {
  title: string
  listPath: string
  backToList: string
  /** What the empty trash says about where rows come from. */
  emptyBody: string
  /** The trashed rows; undefined while loading. */
  items: readonly T[] | undefined
  /** The home zone, for "deleted at"; undefined while the settings load. */
  timeZone: string | undefined
}

/** /things/trash: the trashed records of one kind, to restore or delete for good. */
export function EntityTrashPage<T extends Trashed>(props: EntityTrashPageProps<T>): ReactElement {
  const { title, listPath, backToList, emptyBody, items, timeZone, ...table } = props
  const { t } = useT()
  return (
    <Page fill>
      <PageHeader title={title} above={<BackLink to={listPath}>{backToList}</BackLink>} />
      {items === undefined || timeZone === undefined ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<BinRecycleRegular />}
          title={t('trash.emptyTitle')}
          body={emptyBody}
          action={<RouteLink to={listPath}>{backToList}</RouteLink>}
        />
      ) : (
        <TrashTable {...table} items={items} ariaLabel={title} timeZone={timeZone} />
      )}
    </Page>
  )
}
