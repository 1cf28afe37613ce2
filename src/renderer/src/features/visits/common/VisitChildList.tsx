import type { ReactElement, ReactNode } from 'react'
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useShortcutHint } from '@renderer/components'

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
})

/** "New …": absent when the visit is in the trash and cannot be changed. */
export type AddAction = { label: string; onClick: () => void } | null

/**
 * A tab that holds one list of the visit's rows (agenda, gifts, follow-ups): the primary "New …"
 * button with an optional status beside it, then the list.
 */
export function VisitChildTab(props: {
  add: AddAction
  status?: ReactNode
  /** The open create-or-edit dialog, if any. */
  dialog?: ReactNode
  children: ReactNode
}): ReactElement {
  const styles = useStyles()
  const shortcutHint = useShortcutHint()
  const { add, status } = props
  return (
    <div className={styles.tab}>
      {add || status ? (
        <div className={styles.toolbar}>
          {add ? (
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={add.onClick}
              {...shortcutHint(add.label, 'newItem')}
            >
              {add.label}
            </Button>
          ) : null}
          {status}
        </div>
      ) : null}
      {props.children}
      {props.dialog}
    </div>
  )
}

/** One of several lists on a tab (travel, hotels): a heading with its add button, then the rows. */
export function VisitChildSection(props: {
  headingId: string
  title: string
  add: AddAction
  /** Shown instead of the rows when there are none. */
  emptyText: string | null
  /** The open create-or-edit dialog, if any. */
  dialog?: ReactNode
  children: ReactNode
}): ReactElement {
  const styles = useStyles()
  const shortcutHint = useShortcutHint()
  return (
    <section className={styles.section} aria-labelledby={props.headingId}>
      <div className={styles.head}>
        <Text as="h2" id={props.headingId} size={500} weight="semibold">
          {props.title}
        </Text>
        {props.add ? (
          <Button
            icon={<AddRegular />}
            onClick={props.add.onClick}
            {...shortcutHint(props.add.label, 'newItem')}
          >
            {props.add.label}
          </Button>
        ) : null}
      </div>
      {props.emptyText ? <Text className={styles.muted}>{props.emptyText}</Text> : props.children}
      {props.dialog}
    </section>
  )
}
