import { createHashRouter, Navigate, type RouteObject } from 'react-router'
import { AppShell } from './AppShell'
import { lazyPage } from './lazyPage'
import { NotFound, RouteError } from './RouteError'
import { UnsavedChangesGuard } from './UnsavedChangesGuard'

// Each feature is its own chunk, loaded on its first visit (AppShell shows RouteLoading meanwhile),
// so the first load holds only the shell, i18n, the data layer and Fluent's core.
const cities = () => import('../features/cities')
const contacts = () => import('../features/contacts')
const organizations = () => import('../features/organizations')
const reports = () => import('../features/reports')
const settings = () => import('../features/settings')
const visits = () => import('../features/visits')

const CitiesPage = lazyPage(cities, 'CitiesPage')
const CityDetailPage = lazyPage(cities, 'CityDetailPage')
const CityEditPage = lazyPage(cities, 'CityEditPage')
const ContactsPage = lazyPage(contacts, 'ContactsPage')
const ContactEditPage = lazyPage(contacts, 'ContactEditPage')
const ContactTrashPage = lazyPage(contacts, 'ContactTrashPage')
const ContactImportPage = lazyPage(contacts, 'ContactImportPage')
const OrganizationsPage = lazyPage(organizations, 'OrganizationsPage')
const OrganizationEditPage = lazyPage(organizations, 'OrganizationEditPage')
const OrganizationTrashPage = lazyPage(organizations, 'OrganizationTrashPage')
const ReportsPage = lazyPage(reports, 'ReportsPage')
const SettingsPage = lazyPage(settings, 'SettingsPage')
const VisitsPage = lazyPage(visits, 'VisitsPage')
const FollowUpsOverviewPage = lazyPage(visits, 'FollowUpsOverviewPage')

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
      { path: 'follow-ups', element: <FollowUpsOverviewPage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/trash', element: <ContactTrashPage /> },
      { path: 'contacts/import', element: <ContactImportPage /> },
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
