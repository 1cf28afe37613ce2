import type { FieldOption } from '../../../components'

let cached: FieldOption[] | null = null

/** Every IANA zone the runtime knows, for the zone pickers (computed once). */
export function timeZoneOptions(): FieldOption[] {
  if (!cached) {
    cached = Intl.supportedValuesOf('timeZone').map((zone) => ({
      value: zone,
      label: zone.replaceAll('_', ' '),
    }))
  }
  return cached
}
