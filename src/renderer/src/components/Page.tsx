import type { ReactElement, ReactNode } from 'react'
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    boxSizing: 'border-box',
    minHeight: '100%',
  },
  /** List pages fill the window so the table scrolls inside, not the page. */
  fill: { height: '100%', minHeight: 0 },
  narrow: { maxWidth: '960px' },
})

export type PageProps = { children: ReactNode; fill?: boolean; narrow?: boolean }

/** The padded content area of one screen. */
export function Page({ children, fill, narrow }: PageProps): ReactElement {
  const styles = useStyles()
  return (
    <div className={mergeClasses(styles.page, fill && styles.fill, narrow && styles.narrow)}>
      {children}
    </div>
  )
}
