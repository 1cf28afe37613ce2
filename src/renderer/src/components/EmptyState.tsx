import type { ReactElement, ReactNode } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1, display: 'flex' },
  heading: { margin: 0 },
  body: { maxWidth: '52ch', color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalS,
  },
})

export type EmptyStateProps = {
  title: string
  body?: ReactNode
  icon?: ReactNode
  /** The call to action, usually the page's "New …" button. */
  action?: ReactNode
}

/** What a list shows when it has nothing yet: what goes here and how to start. */
export function EmptyState({ title, body, icon, action }: EmptyStateProps): ReactElement {
  const styles = useStyles()
  return (
    <section className={styles.root} aria-label={title}>
      {icon ? (
        <span className={styles.icon} aria-hidden>
          {icon}
        </span>
      ) : null}
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {body ? <Text className={styles.body}>{body}</Text> : null}
      {action}
    </section>
  )
}

/** Two or more calls to action side by side under an empty state, centred and wrapping. */
export function EmptyStateActions({ children }: { children: ReactNode }): ReactElement {
  const styles = useStyles()
  return <div className={styles.actions}>{children}</div>
}
