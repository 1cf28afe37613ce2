import type { PartnerCity } from '@shared/model/partnerCity'
import type { Settings } from '@shared/model/settings'
import type { Visit } from '@shared/model/visit'

/** What every tab of a visit needs: the visit, its city (for the zone) and the home settings. */
export type VisitContext = {
  visit: Visit
  city: PartnerCity | undefined
  settings: Settings
}

/** The visit city's zone is the default for its programme; the home zone when the city is gone. */
export function visitZone(ctx: VisitContext): string {
  return ctx.city?.timeZone ?? ctx.settings.homeTimeZone
}
