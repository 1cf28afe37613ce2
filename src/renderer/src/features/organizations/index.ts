export { OrganizationEditPage } from './OrganizationEditPage'
export { OrganizationsPage } from './OrganizationsPage'
export { OrganizationTrashPage } from './OrganizationTrashPage'
