import { useCallback, useMemo, type ReactElement, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@fluentui/react-components'
import { BinRecycleRegular } from '@fluentui/react-icons'
import { useTrashedCount, type TrashLister } from '@renderer/db/aggregateHooks'
import { EmptyState } from './EmptyState'
import { FilterBar, SearchField } from './FilterBar'
import { ListEmptyState, type ListEmptyStateProps } from './ListEmptyState'
import { LoadingState } from './LoadingState'
import { Page } from './Page'
import { PageHeader } from './PageHeader'
import { RouteLink } from './RouteLink'
import { useShortcutHint } from './useShortcutHint'
import { useT } from './useT'
import { VirtualTable, type Column } from './VirtualTable'

export type EntityListPageProps<T extends { id: string }> = {
  title: string
  /** The list's route: "New" opens `${path}/new`, the trash `${path}/trash`, a row `${path}/:id`. */
  path: string
  newLabel: string
  newIcon: ReactElement
  /** What the page says before the first row exists. */
  empty: ListEmptyStateProps['empty']
  /** The kind of record, for "all of them are in the trash" when the list is empty. */
  kind: ListEmptyStateProps['kind']
  /** Its repository: an empty list counts what lies in the trash. */
  trashRepo: TrashLister
  /** Every live row; undefined while loading. */
  items: readonly T[] | undefined
  /** The rows that pass the filters. */
  shown: readonly T[]
  /** "12 von 40" beside the filters. */
  count: string
  /** The (deferred) search text `shown` was filtered by, if it lags behind the field. */
  shownFor?: string
  /** The text filter, first in the bar. */
  search: { value: string; onChange: (value: string) => void; placeholder: string }
  /** FilterSelects after the search field. */
  filters: ReactNode
  /** The first column: the record's name, a link to it. */
  nameColumn: { header: string; width: string; nameOf: (item: T) => string }
  /** The columns after the name. */
  columns: Column<T>[]
  /** More buttons in the header after "New" and the trash (import, export …). */
  toolbar?: ReactNode
}

function getId(item: { id: string }): string {
  return item.id
}

/** A filterable, virtualised list of one kind of record, with "New" and the trash. */
export function EntityListPage<T extends { id: string }>(
  props: EntityListPageProps<T>,
): ReactElement {
  const { t } = useT()
  const navigate = useNavigate()
  const { path, items, shown, search, nameColumn } = props
  const otherColumns = props.columns
  // Kept while its inputs stay, so the table's rows skip rendering when only the search changed.
  const columns = useMemo(
    (): Column<T>[] => [
      {
        id: 'name',
        header: nameColumn.header,
        width: nameColumn.width,
        // The row is the tab stop; Enter on it opens the same place as the link.
        render: (item) => (
          <RouteLink tabIndex={-1} to={`${path}/${item.id}`}>
            {nameColumn.nameOf(item)}
          </RouteLink>
        ),
      },
      ...otherColumns,
    ],
    [nameColumn, path, otherColumns],
  )
  const openItem = useCallback((item: T) => void navigate(`${path}/${item.id}`), [navigate, path])

  const shortcutHint = useShortcutHint()
  const trashed = useTrashedCount(props.trashRepo, items?.length === 0)
  const renderNewButton = (primary: boolean): ReactElement => (
    <Button
      appearance={primary ? 'primary' : 'secondary'}
      icon={props.newIcon}
      onClick={() => void navigate(`${path}/new`)}
      {...shortcutHint(props.newLabel, 'newItem')}
    >
      {props.newLabel}
    </Button>
  )

  return (
    <Page fill>
      <PageHeader
        title={props.title}
        actions={
          <>
            {renderNewButton(true)}
            <Button icon={<BinRecycleRegular />} onClick={() => void navigate(`${path}/trash`)}>
              {t('common.showTrash')}
            </Button>
            {props.toolbar}
          </>
        }
      />
      {items === undefined ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <ListEmptyState
          kind={props.kind}
          trashed={trashed}
          empty={props.empty}
          onOpenTrash={() => void navigate(`${path}/trash`)}
          renderNewButton={renderNewButton}
        />
      ) : (
        <>
          <FilterBar count={props.count} countFor={props.shownFor}>
            <SearchField
              label={t('common.search')}
              value={search.value}
              onChange={search.onChange}
              placeholder={search.placeholder}
            />
            {props.filters}
          </FilterBar>
          {shown.length === 0 ? (
            <EmptyState title={t('common.emptyFiltered')} />
          ) : (
            <VirtualTable
              items={shown}
              columns={columns}
              getKey={getId}
              rowsByPosition
              onOpen={openItem}
              ariaLabel={props.title}
            />
          )}
        </>
      )}
    </Page>
  )
}
