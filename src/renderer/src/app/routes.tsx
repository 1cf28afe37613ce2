import { createHashRouter, Navigate, type RouteObject } from 'react-router'
import { CitiesPage, CityDetailPage, CityEditPage } from '../features/cities'
import { ContactEditPage, ContactsPage, ContactTrashPage } from '../features/contacts'
import {
  OrganizationEditPage,
  OrganizationsPage,
  OrganizationTrashPage,
} from '../features/organizations'
import { ReportsPage } from '../features/reports'
import { SettingsPage } from '../features/settings'
import { VisitsPage } from '../features/visits'
import { AppShell } from './AppShell'
import { NotFound, RouteError } from './RouteError'
import { UnsavedChangesGuard } from './UnsavedChangesGuard'

/** Every screen of the app. Hash routing, so the built renderer works from file://. */
export const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: (
      <UnsavedChangesGuard>
        <AppShell />
      </UnsavedChangesGuard>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/visits" replace /> },
      { path: 'visits/*', element: <VisitsPage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/trash', element: <ContactTrashPage /> },
      { path: 'contacts/new', element: <ContactEditPage /> },
      { path: 'contacts/:id', element: <ContactEditPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/trash', element: <OrganizationTrashPage /> },
      { path: 'organizations/new', element: <OrganizationEditPage /> },
      { path: 'organizations/:id', element: <OrganizationEditPage /> },
      { path: 'cities', element: <CitiesPage /> },
      { path: 'cities/new', element: <CityEditPage /> },
      { path: 'cities/:id', element: <CityDetailPage /> },
      { path: 'cities/:id/edit', element: <CityEditPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]

export function createAppRouter(): ReturnType<typeof createHashRouter> {
  return createHashRouter(ROUTES)
}
