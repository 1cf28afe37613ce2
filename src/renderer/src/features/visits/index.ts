export { VisitsPage } from './VisitsPage'
