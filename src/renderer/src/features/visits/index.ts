export { VisitsPage } from './VisitsPage'
export { FollowUpsOverviewPage } from './followups/FollowUpsOverviewPage'
