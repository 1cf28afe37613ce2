import { createHashRouter, Navigate, type RouteObject } from 'react-router'
import { AppShell } from './AppShell'
import { firstSegment } from './firstSegment'
import { feature, lazyPage, type Feature } from './lazyPage'
import { NotFound, RouteError } from './RouteError'
import { UnsavedChangesGuard } from './UnsavedChangesGuard'

// Each feature is its own chunk, loaded on its first visit (AppShell shows RouteLoading meanwhile),
// so the first load holds only the shell, i18n, the data layer and Fluent's core.
const cities = feature(() => import('../features/cities'))
const contacts = feature(() => import('../features/contacts'))
const organizations = feature(() => import('../features/organizations'))
const reports = feature(() => import('../features/reports'))
const settings = feature(() => import('../features/settings'))
const visits = feature(() => import('../features/visits'))

/** The feature behind a route's first path segment ('' is the index, which shows the visits). */
const FEATURE_OF_SEGMENT: Record<string, Feature<unknown>> = {
  '': visits,
  visits,
  'follow-ups': visits,
  contacts,
  organizations,
  cities,
  reports,
  settings,
}

/**
 * Fetches the chunk of the screen a start lands on (`location.hash`), while the database opens,
 * so that screen renders with the shell instead of after it. Resolves in any case: a chunk that
 * does not load is tried again, and reported, when the screen is shown.
 */
export async function preloadScreen(hash: string): Promise<void> {
  await FEATURE_OF_SEGMENT[firstSegment(hash)]?.load().catch(() => undefined)
}

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
