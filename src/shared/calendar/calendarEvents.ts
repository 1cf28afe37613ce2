import { agendaInterval } from '../domain/agenda'
import { localDateTimeToInstant } from '../domain/travel'
import { fullName } from '../documents/briefingContext'
import type { BriefingData } from '../documents/briefingData'
import type { AgendaItem, TravelSegment } from '../model/agenda'
import type { Visit } from '../model/visit'

/** Suffix of every UID: an item keeps its UID across exports, so a re-import updates it. */
export const UID_DOMAIN = 'delegation-planner'

export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'

/** One VEVENT before it is written: instants, the zone each end is shown in, and the texts. */
export type CalendarEvent = {
  uid: string
  start: Date
  startZone: string
  end: Date
  endZone: string
  /** ISO instant of the row's last change: DTSTAMP, LAST-MODIFIED and SEQUENCE. */
  updatedAt: string
  summary: string
  location: string
  description: string
  categories: string[]
  status: EventStatus
  /** Free time does not make the person busy. */
  transparent: boolean
}

type Translate = (key: string, params?: Record<string, string | number>) => string

/** A visit's status as an event's: a cancelled visit cancels its events on re-import. */
export function eventStatus(status: Visit['status']): EventStatus {
  switch (status) {
    case 'draft':
    case 'planned':
      return 'TENTATIVE'
    case 'confirmed':
    case 'completed':
      return 'CONFIRMED'
    case 'cancelled':
      return 'CANCELLED'
    default: {
      const never: never = status
      return never
    }
  }
}

const joinNonEmpty = (parts: readonly string[], separator: string): string =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(separator)

/** Who attends, in order of precedence; the whole delegation and "nobody yet" said in words. */
function attendeeText(data: BriefingData, item: AgendaItem, t: Translate): string {
  if (item.attendeeIds === null) return t('calendar.wholeDelegation')
  const ids = new Set(item.attendeeIds)
  const names = data.participants
    .filter((p) => ids.has(p.participant.id))
    .map((p) => fullName(p.contact))
  return names.length > 0 ? names.join(', ') : t('calendar.nobodyListed')
}

function counterpartNames(data: BriefingData, item: AgendaItem): string {
  return item.counterpartIds
    .flatMap((id) => {
      const person = data.people[id]
      return person ? [fullName(person.contact)] : []
    })
    .join(', ')
}

/** Purpose, dress code and the people: what a delegate needs on a phone. No notes. */
function itemDescription(data: BriefingData, item: AgendaItem, t: Translate): string {
  const counterparts = counterpartNames(data, item)
  const lines = [
    item.purpose.trim() ? t('calendar.purpose', { text: item.purpose.trim() }) : '',
    item.dressCode.trim() ? t('calendar.dressCode', { text: item.dressCode.trim() }) : '',
    t('calendar.attendees', { names: attendeeText(data, item, t) }),
    counterparts ? t('calendar.counterparts', { names: counterparts }) : '',
  ]
  return lines.filter((line) => line !== '').join('\n')
}

export function itemEvent(data: BriefingData, item: AgendaItem, t: Translate): CalendarEvent {
  const { start, end } = agendaInterval(item)
  return {
    uid: `${item.id}@${UID_DOMAIN}`,
    start,
    startZone: item.timeZone,
    end,
    endZone: item.timeZone,
    updatedAt: item.updatedAt,
    summary: item.title,
    location: joinNonEmpty([item.place, item.address.replace(/[,;\s]*\r?\n\s*/g, ', ')], ', '),
    description: itemDescription(data, item, t),
    categories: [t(`enum.agendaKind.${item.kind}`)],
    status: eventStatus(data.visit.status),
    transparent: item.kind === 'free',
  }
}

/** A journey as an event from departure to arrival, each end in its own zone. */
export function travelEvent(
  data: BriefingData,
  segment: TravelSegment,
  t: Translate,
): CalendarEvent | null {
  const start = localDateTimeToInstant(segment.departureLocal, segment.departureZone)
  const end = localDateTimeToInstant(segment.arrivalLocal, segment.arrivalZone)
  if (!start || !end) return null
  const mode = t(`enum.travelMode.${segment.mode}`)
  const route = { from: segment.from, to: segment.to }
  const service = segment.service.trim()
  const ids = new Set(segment.travellerIds)
  const travellers = data.participants
    .filter((p) => ids.has(p.participant.id))
    .map((p) => fullName(p.contact))
  return {
    uid: `${segment.id}@${UID_DOMAIN}`,
    start,
    startZone: segment.departureZone,
    end,
    endZone: segment.arrivalZone,
    updatedAt: segment.updatedAt,
    summary: service
      ? t('calendar.travelWithService', { mode, service, ...route })
      : t('calendar.travel', { mode, ...route }),
    location: segment.from,
    description:
      travellers.length > 0 ? t('calendar.travellers', { names: travellers.join(', ') }) : '',
    categories: [mode],
    status: eventStatus(data.visit.status),
    transparent: false,
  }
}
