import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { visitIdOfPath } from '@shared/documents/visitDocuments'
import { useVisit } from '../db/hooks'
import { platform } from '../platform'

/**
 * Tells main which visit the page shows, so File → Documents of this visit appears and goes away
 * with it. A visit in the trash or not (yet) found counts as none: it has no documents to make.
 */
export function MenuContextSync(): null {
  const { pathname } = useLocation()
  const visitId = visitIdOfPath(pathname) ?? undefined
  const visit = useVisit(visitId)
  const open = visit && visit.deletedAt === null ? visit : null
  const id = open?.id ?? null
  const title = open?.title ?? ''
  useEffect(() => {
    platform.setMenuContext({ visit: id ? { id, title } : null }).catch(() => undefined)
  }, [id, title])
  return null
}
