import type { ReactElement } from 'react'
import { Button } from '@fluentui/react-components'
import { BinRecycleRegular } from '@fluentui/react-icons'
import { EmptyState, EmptyStateActions } from './EmptyState'
import { LoadingState } from './LoadingState'
import { useT } from './useT'

export type ListEmptyStateProps = {
  /** The list's kind, for "Alle 3 Kontakte liegen im Papierkorb." (listTrash.<kind>). */
  kind: 'contacts' | 'organizations' | 'visits'
  /** Rows in the trash; undefined while counting. */
  trashed: number | undefined
  /** What the page says when there is nothing at all, not even in the trash. */
  empty: { icon: ReactElement; title: string; body: string }
  onOpenTrash: () => void
  /** "New …", in the default look beside "Open the trash" and as the main action otherwise. */
  renderNewButton: (primary: boolean) => ReactElement
}

/**
 * An empty list says why: nothing exists yet, or everything lies in the trash — then
 * "Noch keine Kontakte" would be wrong, and the way back is one click.
 */
export function ListEmptyState(props: ListEmptyStateProps): ReactElement {
  const { t, lang } = useT()
  const { trashed, empty } = props
  if (trashed === undefined) return <LoadingState />
  if (trashed === 0) {
    return (
      <EmptyState
        icon={empty.icon}
        title={empty.title}
        body={empty.body}
        action={props.renderNewButton(true)}
      />
    )
  }
  return (
    <EmptyState
      icon={<BinRecycleRegular />}
      title={t(`listTrash.${props.kind}`, {
        count: trashed,
        n: new Intl.NumberFormat(lang).format(trashed),
      })}
      body={t('listTrash.body')}
      action={
        <EmptyStateActions>
          <Button appearance="primary" icon={<BinRecycleRegular />} onClick={props.onOpenTrash}>
            {t('listTrash.open')}
          </Button>
          {props.renderNewButton(false)}
        </EmptyStateActions>
      }
    />
  )
}
