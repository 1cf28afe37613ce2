/** The tabs of a visit, in display order; the URL's ?tab= names one of them. */
export const VISIT_TABS = [
  'overview',
  'participants',
  'agenda',
  'logistics',
  'itinerary',
  'gifts',
  'followUps',
  'documents',
] as const
export type VisitTab = (typeof VISIT_TABS)[number]

export function tabFromParam(value: string | null): VisitTab {
  return VISIT_TABS.find((tab) => tab === value) ?? 'overview'
}
