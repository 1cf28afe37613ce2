import type { AgendaItem, Accommodation, TravelSegment } from '../model/agenda'
import type { FollowUp, Gift } from '../model/gift'
import type { Participant, Visit } from '../model/visit'
import { addDaysToDate } from '../dates'
import { DEMO_HOME_ZONE, resolve, type DemoContext } from './demoContext'
import type { PeopleRef, VisitSpec } from './demoTypes'

export interface VisitRows {
  visit: Visit
  participants: Participant[]
  agendaItems: AgendaItem[]
  travelSegments: TravelSegment[]
  accommodations: Accommodation[]
  gifts: Gift[]
  followUps: FollowUp[]
}

export interface VisitRefs {
  contacts: ReadonlyMap<string, string>
  programmes: ReadonlyMap<string, string>
  cityIds: ReadonlyMap<string, string>
  cityZones: ReadonlyMap<string, string>
}

/** A visit and everything that belongs to it, with dates counted from today. */
export function buildVisitRows(spec: VisitSpec, refs: VisitRefs, ctx: DemoContext): VisitRows {
  const start = ctx.dateIn(spec.startInDays)
  const day = (n: number): string => addDaysToDate(start, n)
  const created = ctx.instantIn(Math.min(spec.startInDays, 0) - 30 - Math.floor(ctx.random() * 30))
  const updated = ctx.instantIn(-Math.floor(ctx.random() * 5))
  let serial = 0
  // Children carry their spec order in their timestamps, so lists sorted by creation keep it.
  const stamp = (): { createdAt: string; updatedAt: string } => {
    const at = new Date(new Date(created).getTime() + ++serial * 60_000).toISOString()
    return { createdAt: at, updatedAt: at }
  }
  const id = (kind: string, ...keys: (string | number)[]): string => ctx.id(kind, spec.key, ...keys)
  const contact = (key: string): string => resolve(refs.contacts, key, 'contact')
  const participantIds = new Map(spec.participants.map(([key]) => [key, id('participant', key)]))
  const participant = (key: string): string =>
    resolve(participantIds, key, `participant of ${spec.key}`)
  // A trip mobile for someone who is not on the visit is a typing error in the spec.
  for (const key of Object.keys(spec.tripMobiles ?? {})) participant(key)
  const people = (ref: PeopleRef): string[] =>
    ref === 'delegation'
      ? spec.participants.filter(([, side]) => side === 'delegation').map(([k]) => participant(k))
      : ref.map(participant)
  const cityZone = resolve(refs.cityZones, spec.city, 'city')
  const agendaZone = spec.direction === 'outgoing' ? cityZone : DEMO_HOME_ZONE
  const visitId = id('visit')

  const visit: Visit = {
    id: visitId,
    createdAt: created,
    updatedAt: updated,
    deletedAt: null,
    demo: true,
    title: spec.title,
    direction: spec.direction,
    cityId: resolve(refs.cityIds, spec.city, 'city'),
    startDate: start,
    endDate: day(spec.days - 1),
    status: spec.status,
    themes: spec.themes,
    programmeId: spec.programme ? resolve(refs.programmes, spec.programme, 'programme') : null,
    purpose: spec.purpose,
    objectives: spec.objectives,
    background: spec.background,
    classification: spec.classification,
    headOfDelegationId: spec.head ? contact(spec.head) : null,
    hostId: spec.host ? contact(spec.host) : null,
    category: spec.category,
    pressPlan: spec.protocol?.pressPlan ?? '',
    photoRules: spec.protocol?.photoRules ?? '',
    securityNotes: spec.protocol?.securityNotes ?? '',
    emergencyNumbers: (spec.protocol?.emergencyNumbers ?? []).map((n) => ({ ...n })),
    flagsAndAnthems: spec.protocol?.flagsAndAnthems ?? '',
  }
  const child = { visitId, demo: true } as const

  return {
    visit,
    participants: spec.participants.map(([key, side, role]) => {
      const [tripMobile, mobileVerified] = spec.tripMobiles?.[key] ?? ['', false]
      return {
        ...child,
        ...stamp(),
        id: participant(key),
        contactId: contact(key),
        side,
        role,
        tripMobile,
        mobileVerified,
      }
    }),
    agendaItems: spec.agenda.map((a, i) => ({
      ...child,
      ...stamp(),
      id: id('agenda', i),
      date: day(a.day),
      startTime: a.start,
      endTime: a.end,
      timeZone: agendaZone,
      kind: a.kind,
      title: a.title,
      place: a.place ?? '',
      address: a.address ?? '',
      counterpartIds: (a.counterparts ?? []).map(contact),
      attendeeIds: a.attendees ? a.attendees.map(participant) : null,
      purpose: a.purpose ?? '',
      talkingPoints: a.talkingPoints ?? '',
      dressCode: a.dressCode ?? '',
      interpreter: a.interpreter ?? '',
      notes: a.notes ?? '',
      desiredOutcome: a.desiredOutcome ?? '',
      pointsToMake: a.pointsToMake ?? '',
      defensiveLines: a.defensiveLines ?? '',
      pressAccess: a.pressAccess ?? null,
      vehicle: a.vehicle ?? '',
      seatingNote: a.seatingNote ?? '',
    })),
    travelSegments: spec.travel.map((t, i) => ({
      ...child,
      ...stamp(),
      id: id('travel', i),
      mode: t.mode,
      service: t.service,
      from: t.from,
      to: t.to,
      departureLocal: `${day(t.depart[0])}T${t.depart[1]}`,
      departureZone: t.depart[2],
      arrivalLocal: `${day(t.arrive[0])}T${t.arrive[1]}`,
      arrivalZone: t.arrive[2],
      bookingReference: t.bookingReference ?? '',
      travellerIds: people(t.travellers),
      notes: t.notes ?? '',
    })),
    accommodations: spec.stays.map((s, i) => ({
      ...child,
      ...stamp(),
      id: id('stay', i),
      hotel: s.hotel,
      address: s.address,
      phone: s.phone ?? '',
      checkIn: day(s.checkInDay),
      checkOut: day(s.checkOutDay),
      bookingReference: s.bookingReference ?? '',
      guestIds: people(s.guests),
      notes: s.notes ?? '',
    })),
    gifts: spec.gifts.map((g, i) => ({
      ...child,
      ...stamp(),
      id: id('gift', i),
      direction: g.direction,
      description: g.description,
      giverId: g.giver ? contact(g.giver) : null,
      recipientId: g.recipient ? contact(g.recipient) : null,
      value: g.value,
      currency: g.currency,
      disposition: g.disposition ?? '',
    })),
    followUps: spec.followUps.map((f, i) => {
      const dueDate = f.dueAfterStart === null ? null : day(f.dueAfterStart)
      const doneOn = dueDate !== null && dueDate < ctx.today ? dueDate : ctx.today
      return {
        ...child,
        ...stamp(),
        id: id('followUp', i),
        what: f.what,
        owner: f.owner,
        dueDate,
        status: f.status,
        doneAt: f.status === 'done' ? doneOn : null,
      }
    }),
  }
}
