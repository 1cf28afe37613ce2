import { formatDateShort, formatLocalDateTime } from '../../dates'
import { nightsBetween } from '../../domain/travel'
import type { TravelSegment } from '../../model/agenda'
import { attends } from '../attendance'
import { factLines, fixedTable, heading, note, para, type Block } from '../blocks'
import type { ParticipantEntry } from '../briefingData'
import { fullName, type BriefingContext } from '../briefingContext'
import { STYLE } from '../styles'
import { phoneOf } from './delegation'
import { itemTimes } from './itemDetails'

/** Travellers or guests by name; an empty list is nobody, shown as the screens show it. */
function names(ctx: BriefingContext, ids: readonly string[]): string {
  const byId = new Map(ctx.data.participants.map((p) => [p.participant.id, fullName(p.contact)]))
  return ids.flatMap((id) => byId.get(id) ?? []).join(', ') || ctx.t('common.none')
}

export function travelTable(
  ctx: BriefingContext,
  segments: readonly TravelSegment[],
  withTravellers: boolean,
): Block {
  const { t, lang } = ctx
  const headers = [
    t('doc.logistics.service'),
    t('doc.logistics.route'),
    t('doc.logistics.departure'),
    t('doc.logistics.arrival'),
  ]
  return fixedTable(
    ctx.page,
    withTravellers ? [...headers, t('doc.logistics.travellers')] : headers,
    segments.map((s) => {
      const row = [
        [
          t(`enum.travelMode.${s.mode}`),
          s.service,
          s.bookingReference ? `${t('doc.logistics.booking')}: ${s.bookingReference}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        `${s.from} → ${s.to}`,
        formatLocalDateTime(s.departureLocal, lang),
        formatLocalDateTime(s.arrivalLocal, lang),
      ]
      return withTravellers ? [...row, names(ctx, s.travellerIds)] : row
    }),
    withTravellers ? [20, 22, 17, 17, 24] : [28, 30, 21, 21],
  )
}

export function hotelBlock(
  ctx: BriefingContext,
  hotel: BriefingContext['data']['hotels'][number],
  withGuests: boolean,
): Block[] {
  const { t, lang } = ctx
  const nights = nightsBetween(hotel.checkIn, hotel.checkOut)
  return [
    para(hotel.hotel, { run: { bold: true }, keepNext: true }),
    ...factLines([
      { label: t('doc.item.place'), value: hotel.address },
      { label: t('doc.logistics.phone'), value: hotel.phone },
      {
        label: t('doc.logistics.stay'),
        value: `${formatDateShort(hotel.checkIn, lang)} – ${formatDateShort(hotel.checkOut, lang)} (${t('doc.logistics.nights', { count: nights })})`,
      },
      { label: t('doc.logistics.booking'), value: hotel.bookingReference },
      { label: t('doc.logistics.guests'), value: withGuests ? names(ctx, hotel.guestIds) : '' },
      { label: t('doc.item.notes'), value: hotel.notes },
    ]),
  ]
}

/** The people to call during the visit: the delegation's staff, security, press and interpreters. */
export function tripContacts(ctx: BriefingContext): ParticipantEntry[] {
  return ctx.data.participants.filter(
    (p) =>
      p.participant.side === 'delegation' &&
      p.participant.role !== 'member' &&
      phoneOf(ctx, p) !== '',
  )
}

export function contactsTable(ctx: BriefingContext, people: readonly ParticipantEntry[]): Block {
  const { t } = ctx
  return fixedTable(
    ctx.page,
    [t('doc.delegation.name'), t('doc.delegation.role'), t('doc.delegation.phone')],
    people.map((p) => [fullName(p.contact), t(`enum.role.${p.participant.role}`), phoneOf(ctx, p)]),
    [45, 25, 30],
  )
}

/** Dietary and accessibility needs stand here and nowhere else: per meal, of those attending. */
function mealNeeds(ctx: BriefingContext): Block[] {
  const { t, data } = ctx
  const rows = data.agendaItems
    .filter((item) => item.kind === 'meal')
    .flatMap((item) => {
      const needs = data.participants
        .filter((p) => attends(item, p.participant.id))
        .filter((p) => p.contact.dietaryNeeds.trim() || p.contact.accessibilityNeeds.trim())
        .map((p) =>
          [
            fullName(p.contact),
            p.contact.dietaryNeeds && `${t('doc.logistics.dietary')}: ${p.contact.dietaryNeeds}`,
            p.contact.accessibilityNeeds &&
              `${t('doc.logistics.accessibility')}: ${p.contact.accessibilityNeeds}`,
          ]
            .filter(Boolean)
            .join(' — '),
        )
      return needs.length > 0
        ? [
            [
              `${formatDateShort(item.date, ctx.lang)} ${itemTimes(ctx, item).local}\n${item.title}`,
              needs.join('\n'),
            ],
          ]
        : []
    })
  return rows.length > 0
    ? [
        fixedTable(
          ctx.page,
          [
            t('doc.glance.item'),
            `${t('doc.logistics.dietary')} / ${t('doc.logistics.accessibility')}`,
          ],
          rows,
          [35, 65],
        ),
      ]
    : [note(t('doc.logistics.noNeeds'))]
}

/** The emergency card: the visit's own numbers (embassy, police, hotel, duty officer). */
function emergencyBlocks(ctx: BriefingContext): Block[] {
  const { t, data } = ctx
  const numbers = data.visit.emergencyNumbers
  return [
    heading(t('doc.logistics.emergency'), 2),
    numbers.length > 0
      ? fixedTable(
          ctx.page,
          [t('doc.logistics.emergencyLabel'), t('doc.logistics.emergencyNumber')],
          numbers.map((n) => [n.label, n.number]),
          [60, 40],
        )
      : note(t('doc.logistics.none')),
  ]
}

export function logisticsSection(ctx: BriefingContext): Block[] {
  const { t, data } = ctx
  const transfers = data.agendaItems.filter((item) => item.kind === 'transfer')
  const contacts = tripContacts(ctx)
  return [
    heading(t('doc.section.logistics'), 1, { pageBreakBefore: true }),
    heading(t('doc.logistics.travel'), 2),
    data.travel.length > 0 ? travelTable(ctx, data.travel, true) : note(t('doc.logistics.none')),
    heading(t('doc.logistics.hotels'), 2),
    ...(data.hotels.length > 0
      ? data.hotels.flatMap((h) => hotelBlock(ctx, h, true))
      : [note(t('doc.logistics.none'))]),
    heading(t('doc.logistics.transfers'), 2),
    ...(transfers.length > 0
      ? transfers.map((item) =>
          para(
            `${formatDateShort(item.date, ctx.lang)} ${itemTimes(ctx, item).local}  ${item.title}${item.place ? ` — ${item.place}` : ''}`,
            { style: STYLE.tableText },
          ),
        )
      : [note(t('doc.logistics.none'))]),
    ...emergencyBlocks(ctx),
    heading(t('doc.logistics.contacts'), 2),
    contacts.length > 0 ? contactsTable(ctx, contacts) : note(t('doc.logistics.none')),
    heading(t('doc.logistics.security'), 2),
    ...(data.visit.securityNotes.trim()
      ? [para(data.visit.securityNotes.trim())]
      : [note(t('doc.logistics.none'))]),
    heading(t('doc.logistics.meals'), 2),
    ...mealNeeds(ctx),
  ]
}
