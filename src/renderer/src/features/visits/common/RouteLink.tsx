import type { ReactElement, ReactNode } from 'react'
import { useHref, useLinkClickHandler } from 'react-router'
import { Link } from '@fluentui/react-components'

/** A Fluent-styled link to a route of the app (hash routing builds the href). */
export function RouteLink({ to, children }: { to: string; children: ReactNode }): ReactElement {
  const href = useHref(to)
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to)
  return (
    <Link href={href} onClick={onClick}>
      {children}
    </Link>
  )
}
