import type { FollowUp } from '../model/gift'
import type { Contact } from '../model/contact'
import type { Organization, OrganizationKind } from '../model/organization'
import type { Participant, Visit } from '../model/visit'
import { isOverdue } from './followUps'

/**
 * The office's strategy in figures, from the data alone: visits per partner city and year, theme
 * coverage per city, the share of visits inside a programme, follow-ups done on time and the
 * share of counterparts outside government. Cancelled and trashed visits do not count.
 */

export type StrategyData = {
  visits: readonly Pick<
    Visit,
    'id' | 'cityId' | 'direction' | 'status' | 'startDate' | 'themes' | 'programmeId' | 'deletedAt'
  >[]
  followUps: readonly Pick<FollowUp, 'visitId' | 'status' | 'dueDate' | 'doneAt'>[]
  participants: readonly Pick<Participant, 'visitId' | 'contactId'>[]
  contacts: readonly Pick<Contact, 'id' | 'organizationId'>[]
  organizations: readonly Pick<Organization, 'id' | 'kind'>[]
}

export type CityYearCount = { cityId: string; year: number; incoming: number; outgoing: number }
export type ThemeCoverage = { cityId: string; themes: Array<{ theme: string; visits: number }> }
export type Share = { part: number; whole: number; share: number | null }

export type StrategyFigures = {
  /** The year looked at, or null for all years. */
  year: number | null
  visitCount: number
  years: number[]
  perCityYear: CityYearCount[]
  themeCoverage: ThemeCoverage[]
  inProgramme: Share
  followUps: {
    total: number
    done: number
    doneOnTime: number
    open: number
    overdue: number
    dropped: number
    /** Done on or before the due date, among those with a due date that are done or overdue. */
    onTime: Share
  }
  /** Participants whose organization is not government, parliament or embassy. */
  outsideGovernment: Share
}

const GOVERNMENT_KINDS: ReadonlySet<OrganizationKind> = new Set<OrganizationKind>([
  'government',
  'parliament',
  'embassy',
])

export function share(part: number, whole: number): Share {
  return { part, whole, share: whole === 0 ? null : part / whole }
}

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4))

export function computeStrategyFigures(
  data: StrategyData,
  options: { year: number | null; today: string },
): StrategyFigures {
  const counted = data.visits.filter((v) => v.deletedAt === null && v.status !== 'cancelled')
  const years = [...new Set(counted.map((v) => yearOf(v.startDate)))].sort((a, b) => b - a)
  const visits =
    options.year === null ? counted : counted.filter((v) => yearOf(v.startDate) === options.year)
  const visitIds = new Set(visits.map((v) => v.id))

  const perCityYear = new Map<string, CityYearCount>()
  const themes = new Map<string, Map<string, number>>()
  for (const v of visits) {
    const year = yearOf(v.startDate)
    const key = `${v.cityId}|${year}`
    const row = perCityYear.get(key) ?? { cityId: v.cityId, year, incoming: 0, outgoing: 0 }
    row[v.direction] += 1
    perCityYear.set(key, row)
    const cityThemes = themes.get(v.cityId) ?? new Map<string, number>()
    for (const theme of new Set(v.themes)) cityThemes.set(theme, (cityThemes.get(theme) ?? 0) + 1)
    themes.set(v.cityId, cityThemes)
  }

  const followUps = data.followUps.filter((f) => visitIds.has(f.visitId))
  const done = followUps.filter((f) => f.status === 'done')
  const doneOnTime = done.filter(
    (f) => f.dueDate !== null && f.doneAt !== null && f.doneAt <= f.dueDate,
  )
  const overdue = followUps.filter((f) => isOverdue(f, options.today))
  const judged = done.filter((f) => f.dueDate !== null).length + overdue.length

  const kindOfOrganization = new Map(data.organizations.map((o) => [o.id, o.kind]))
  const organizationOf = new Map(data.contacts.map((c) => [c.id, c.organizationId]))
  let withKind = 0
  let outside = 0
  for (const p of data.participants) {
    if (!visitIds.has(p.visitId)) continue
    const organizationId = organizationOf.get(p.contactId)
    const kind = organizationId ? kindOfOrganization.get(organizationId) : undefined
    if (kind === undefined) continue
    withKind += 1
    if (!GOVERNMENT_KINDS.has(kind)) outside += 1
  }

  return {
    year: options.year,
    visitCount: visits.length,
    years,
    perCityYear: [...perCityYear.values()].sort(
      (a, b) => b.year - a.year || a.cityId.localeCompare(b.cityId),
    ),
    themeCoverage: [...themes.entries()].map(([cityId, counts]) => ({
      cityId,
      themes: [...counts.entries()]
        .map(([theme, n]) => ({ theme, visits: n }))
        .sort((a, b) => b.visits - a.visits || a.theme.localeCompare(b.theme)),
    })),
    inProgramme: share(visits.filter((v) => v.programmeId !== null).length, visits.length),
    followUps: {
      total: followUps.length,
      done: done.length,
      doneOnTime: doneOnTime.length,
      open: followUps.filter((f) => f.status === 'open').length,
      overdue: overdue.length,
      dropped: followUps.filter((f) => f.status === 'dropped').length,
      onTime: share(doneOnTime.length, judged),
    },
    outsideGovernment: share(outside, withKind),
  }
}
