import type { ReactElement, ReactNode } from 'react'
import { useHref, useLinkClickHandler } from 'react-router'
import { Link } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'

/**
 * A Fluent-styled link to a route of the app (hash routing builds the href). Inside a
 * VirtualTable pass tabIndex={-1}: the row is the tab stop and Enter on it opens the same place.
 */
export function RouteLink(props: {
  to: string
  children: ReactNode
  tabIndex?: number
}): ReactElement {
  const { to, children, tabIndex } = props
  const href = useHref(to)
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to)
  return (
    <Link href={href} onClick={onClick} tabIndex={tabIndex}>
      {children}
    </Link>
  )
}

/** "← All contacts" above a page title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }): ReactElement {
  return (
    <RouteLink to={to}>
      <ArrowLeftRegular aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
      {children}
    </RouteLink>
  )
}
