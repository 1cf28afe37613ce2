import type { FieldOption } from './form/fields'

let cached: FieldOption[] | null = null

/** Every IANA zone the runtime knows, as combobox options ("Asia/Tokyo"). */
export function timeZoneOptions(): FieldOption[] {
  if (cached) return cached
  const zones = new Set(Intl.supportedValuesOf('timeZone'))
  zones.add('UTC')
  cached = [...zones].sort().map((zone) => ({ value: zone, label: zone }))
  return cached
}
