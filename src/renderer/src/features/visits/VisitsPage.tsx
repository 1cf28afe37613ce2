import type { ReactElement } from 'react'
import { Route, Routes } from 'react-router'
import { VisitDetailPage } from './detail/VisitDetailPage'
import { VisitCreatePage } from './form/VisitCreatePage'
import { VisitEditPage } from './form/VisitEditPage'
import { VisitListPage } from './list/VisitListPage'
import { SeatingPage } from './seating/SeatingPage'

/**
 * Mounted by the shell at /visits/*: the list, /visits/new, /visits/:id (?tab=participants,
 * agenda, logistics, gifts, followUps), /visits/:id/edit and /visits/:id/seating/:itemId.
 */
export function VisitsPage(): ReactElement {
  return (
    <Routes>
      <Route index element={<VisitListPage />} />
      <Route path="new" element={<VisitCreatePage />} />
      <Route path=":id/edit" element={<VisitEditPage />} />
      <Route path=":id" element={<VisitDetailPage />} />
      <Route path=":id/seating/:itemId" element={<SeatingPage />} />
    </Routes>
  )
}
