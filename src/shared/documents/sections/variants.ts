import { formatDate, formatDayHeading, formatInstant } from '../../dates'
import type { AgendaItem } from '../../model/agenda'
import { attends, includesParticipant, itemsAttendedBy } from '../attendance'
import { factLines, heading, note, para, type Block } from '../blocks'
import type { ParticipantEntry } from '../briefingData'
import { fullName, positionLine, type BriefingContext } from '../briefingContext'
import { STYLE } from '../styles'
import { itemDetails, itemTimes } from './itemDetails'
import { contactsTable, hotelBlock, travelTable, tripContacts } from './logistics'
import { programmeDays } from './programme'

/** Kinds that carry no conversation and get no read-ahead page. */
const NO_READ_AHEAD: readonly AgendaItem['kind'][] = ['transfer', 'free']

/** The person the read-ahead is for: the head of the delegation, as a participant. */
export function principalOf(ctx: BriefingContext): ParticipantEntry | null {
  const { participants, visit } = ctx.data
  return (
    participants.find((p) => p.contact.id === visit.headOfDelegationId) ??
    participants.find(
      (p) => p.participant.side === 'delegation' && p.participant.role === 'head',
    ) ??
    null
  )
}

function titleBlock(ctx: BriefingContext, kindTitle: string, forWhom: string | null): Block[] {
  const { data, lang, t } = ctx
  return [
    para(data.visit.title, { style: STYLE.coverLine, run: { bold: true } }),
    para(
      [
        kindTitle,
        forWhom,
        `${formatDate(data.visit.startDate, lang)} – ${formatDate(data.visit.endDate, lang)}`,
      ]
        .filter(Boolean)
        .join(' · '),
      { style: STYLE.small },
    ),
    para(
      t('doc.cover.asOf', {
        dateTime: formatInstant(data.asOf, data.settings.homeTimeZone, lang),
        zone: data.settings.homeCityName,
      }),
      { style: STYLE.small },
    ),
  ]
}

/** One page per meeting the principal attends, each starting on a page of its own. */
export function readAheadBlocks(ctx: BriefingContext, kindTitle: string): Block[] {
  const principal = principalOf(ctx)
  const items = ctx.data.agendaItems.filter(
    (item) =>
      !NO_READ_AHEAD.includes(item.kind) && (!principal || attends(item, principal.participant.id)),
  )
  const forWhom = principal
    ? ctx.t('doc.readAhead.for', { name: fullName(principal.contact) })
    : null
  const blocks = titleBlock(ctx, kindTitle, forWhom)
  if (items.length === 0) return [...blocks, note(ctx.t('doc.readAhead.nothing'))]
  items.forEach((item, index) => {
    blocks.push(
      heading(item.title, 1, index === 0 ? {} : { pageBreakBefore: true }),
      para(formatDayHeading(item.date, ctx.lang), { style: STYLE.small, keepNext: true }),
      ...itemDetails(ctx, item),
    )
  })
  return blocks
}

/** One person's own programme: what they attend, their travel and hotel, who to call. */
export function pocketBlocks(
  ctx: BriefingContext,
  person: ParticipantEntry,
  kindTitle: string,
  first: boolean,
): Block[] {
  const { t, data } = ctx
  const pid = person.participant.id
  const blocks: Block[] = [
    heading(
      t('doc.pocket.for', { name: fullName(person.contact) }),
      1,
      first ? {} : { pageBreakBefore: true },
    ),
    ...titleBlock(ctx, kindTitle, positionLine(person)),
  ]
  const mine = itemsAttendedBy(data.agendaItems, pid)
  if (mine.length === 0) blocks.push(note(t('doc.pocket.nothing')))
  for (const day of programmeDays(ctx, mine)) {
    if (day.items.length === 0) continue
    blocks.push(heading(formatDayHeading(day.date, ctx.lang), 2))
    for (const item of day.items) {
      const times = itemTimes(ctx, item)
      blocks.push(
        para(`${times.local}  ${item.title}`, {
          run: { bold: true },
          keepNext: true,
          keepLines: true,
        }),
        ...factLines([
          {
            label: t('doc.item.place'),
            value: [item.place, item.address].filter(Boolean).join(', '),
          },
          { label: t('doc.item.dressCode'), value: item.dressCode },
          { label: t('doc.item.interpreter'), value: item.interpreter },
          { label: t('doc.item.vehicle'), value: item.vehicle },
        ]),
      )
    }
  }
  const travel = data.travel.filter((s) => includesParticipant(s.travellerIds, pid))
  if (travel.length > 0)
    blocks.push(heading(t('doc.pocket.travel'), 2), travelTable(ctx, travel, false))
  const hotels = data.hotels.filter((h) => includesParticipant(h.guestIds, pid))
  if (hotels.length > 0)
    blocks.push(
      heading(t('doc.pocket.hotel'), 2),
      ...hotels.flatMap((h) => hotelBlock(ctx, h, false)),
    )
  const contacts = tripContacts(ctx).filter((p) => p.participant.id !== pid)
  if (contacts.length > 0)
    blocks.push(heading(t('doc.pocket.contacts'), 2), contactsTable(ctx, contacts))
  return blocks
}
