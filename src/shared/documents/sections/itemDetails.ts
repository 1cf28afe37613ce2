import type { Paragraph } from 'docx'
import { agendaDurationMinutes, agendaTimesIn } from '../../domain/agenda'
import type { AgendaItem } from '../../model/agenda'
import { namedAttendees } from '../attendance'
import { labelledValues, type LabelledValue } from '../blocks'
import { fullName, personById, positionLine, type BriefingContext } from '../briefingContext'

/** "10:00–11:15", and the other zone's time behind it: "10:00–11:15 (Berlin 02:00–03:15)". */
export function itemTimes(
  ctx: BriefingContext,
  item: AgendaItem,
): { local: string; other: string } {
  const local = `${item.startTime}–${item.endTime}`
  const span = agendaTimesIn(item, ctx.otherZone)
  let other = `${span.startTime}–${span.endTime}`
  if (span.dayOffset > 0) other += ` ${ctx.t('doc.glance.nextDay', { count: span.dayOffset })}`
  if (span.dayOffset < 0) other += ` ${ctx.t('doc.glance.previousDay', { count: -span.dayOffset })}`
  return { local, other }
}

/**
 * "1 Std. 15 Min.", in the words the agenda screen uses. Real minutes, not wall-clock ones, so a
 * meeting across a clock change shows how long it really lasts.
 */
export function itemDuration(ctx: BriefingContext, item: AgendaItem): string {
  const total = agendaDurationMinutes(item)
  const hours = Math.floor(total / 60)
  const minutes = total % 60
  if (hours === 0) return ctx.t('agenda.durationMinutes', { minutes })
  if (minutes === 0) return ctx.t('agenda.durationHours', { hours })
  return ctx.t('agenda.durationHoursMinutes', { hours, minutes })
}

/** Each counterpart on a line: name, position, and how to address them in this language. */
export function counterpartLines(ctx: BriefingContext, item: AgendaItem): string {
  return item.counterpartIds
    .map((id) => personById(ctx, id))
    .map((entry) => {
      // An id that resolves to nothing (an erased person, an older backup) still says someone was.
      if (!entry) return ctx.t('privacy.removedContact')
      const spoken = entry.contact.addressForms[ctx.lang]?.spokenAddress.trim() ?? ''
      const line = [fullName(entry.contact), positionLine(entry)].filter(Boolean).join(', ')
      return spoken ? `${line} — ${ctx.t('doc.item.address')}: ${spoken}` : line
    })
    .join('\n')
}

export function attendeeLine(ctx: BriefingContext, item: AgendaItem): string {
  const ids = namedAttendees(item)
  if (ids === null) return ctx.t('doc.item.everyone')
  const names = new Map(ctx.data.participants.map((p) => [p.participant.id, fullName(p.contact)]))
  return ids.flatMap((id) => names.get(id) ?? []).join(', ')
}

/** "Fototermin", or nothing while the press question is still open. */
export function pressAccessLabel(ctx: BriefingContext, item: AgendaItem): string {
  return item.pressAccess === null ? '' : ctx.t(`enum.pressAccess.${item.pressAccess}`)
}

/**
 * The read-ahead of one agenda item as label/value rows, in the order a principal reads before
 * walking in: who, what we want, why, what to say, what to answer if raised, then the practical
 * lines. Rows without a value drop out, so a half-prepared item prints only what is known.
 */
export function itemDetailRows(ctx: BriefingContext, item: AgendaItem): LabelledValue[] {
  const { t } = ctx
  const times = itemTimes(ctx, item)
  return [
    {
      label: t('doc.item.when'),
      value: `${times.local} (${t('doc.glance.other', { place: ctx.otherPlace })}: ${times.other}) · ${itemDuration(ctx, item)}`,
    },
    { label: t('doc.item.kind'), value: t(`enum.agendaKind.${item.kind}`) },
    { label: t('doc.item.place'), value: [item.place, item.address].filter(Boolean).join('\n') },
    { label: t('doc.item.counterparts'), value: counterpartLines(ctx, item) },
    { label: t('doc.item.attendees'), value: attendeeLine(ctx, item) },
    { label: t('doc.item.desiredOutcome'), value: item.desiredOutcome },
    { label: t('doc.item.purpose'), value: item.purpose },
    { label: t('doc.item.pointsToMake'), value: item.pointsToMake },
    { label: t('doc.item.talkingPoints'), value: item.talkingPoints },
    { label: t('doc.item.defensiveLines'), value: item.defensiveLines },
    { label: t('doc.item.dressCode'), value: item.dressCode },
    { label: t('doc.item.interpreter'), value: item.interpreter },
    { label: t('doc.item.press'), value: pressAccessLabel(ctx, item) },
    { label: t('doc.item.vehicle'), value: item.vehicle },
    { label: t('doc.item.seating'), value: item.seatingNote },
    { label: t('doc.item.notes'), value: item.notes },
  ]
}

export function itemDetails(ctx: BriefingContext, item: AgendaItem): Paragraph[] {
  return labelledValues(itemDetailRows(ctx, item))
}
