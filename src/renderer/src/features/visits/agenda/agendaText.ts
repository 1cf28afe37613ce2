import type { ZonedSpan } from '@shared/domain/agenda'

type Translate = (key: string, params?: Record<string, string | number>) => string

/** "02:00–03:00" plus "(Vortag)" / "(+1 Tag)" when the zone's date differs from the item's. */
export function spanText(span: ZonedSpan, t: Translate): string {
  const times = `${span.startTime}–${span.endTime}`
  if (span.dayOffset === 0) return times
  if (span.dayOffset === -1) return `${times} (${t('agenda.dayBefore')})`
  if (span.dayOffset === 1) return `${times} (${t('agenda.dayAfter')})`
  return `${times} (${t('agenda.dayOffset', { days: span.dayOffset > 0 ? `+${span.dayOffset}` : span.dayOffset })})`
}
