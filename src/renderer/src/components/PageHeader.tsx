import type { ReactElement, ReactNode } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  above: { color: tokens.colorNeutralForeground3 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

export type PageHeaderProps = {
  title: string
  subtitle?: ReactNode
  /** Shown above the title, e.g. a back link. */
  above?: ReactNode
  /** Buttons on the right: "New", "Trash" … */
  actions?: ReactNode
}

/** The one h1 of a page, with its primary actions. */
export function PageHeader({ title, subtitle, above, actions }: PageHeaderProps): ReactElement {
  const styles = useStyles()
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        {above ? <div className={styles.above}>{above}</div> : null}
        <Text as="h1" size={700} weight="semibold" className={styles.heading}>
          {title}
        </Text>
        {subtitle ? <Text className={styles.subtitle}>{subtitle}</Text> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  )
}
