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

/** "45 Min.", "2 Std.", "1 Std. 15 Min." — a programme's lengths are read at a glance. */
export function durationText(totalMinutes: number, t: Translate): string {
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  if (hours === 0) return t('agenda.durationMinutes', { minutes })
  if (minutes === 0) return t('agenda.durationHours', { hours })
  return t('agenda.durationHoursMinutes', { hours, minutes })
}
