import { Document, type Paragraph } from 'docx'
import { formatDate, formatDateRange, formatInstant, formatLocalDateTime } from '../dates'
import { contactFieldLabel } from '../domain/contactFieldLabel'
import { PERSON_DATA_KINDS, type PersonData, type PersonDataKind } from '../domain/personData'
import { displayName } from '../domain/personName'
import { translator } from '../i18n'
import type { UiLanguage } from '../model/common'
import type { Contact } from '../model/contact'
import { contactValueText } from './personReportValues'
import { factLines, fixedTable, heading, note, para } from './blocks'
import { sanitize } from './sanitize'
import { documentStyles, PAGE_SETUPS } from './styles'

export type PersonReportOptions = {
  lang: UiLanguage
  now: Date
  /** The office's zone, for the "generated at" and stored instants. */
  timeZone: string
  officeName: string
  /** Visit titles by id, for rows that only carry a visit id. */
  visitTitle: (visitId: string) => string
  /** Names of the contact's organizations and city, so the report shows more than ids. */
  organizationName?: (id: string) => string | undefined
  cityName?: (id: string) => string | undefined
}

type T = (key: string, params?: Record<string, string | number>) => string

const SKIPPED: ReadonlySet<string> = new Set(['photo'])

/** Every stored field of the contact, the photo as a line saying that one is stored. */
function contactBlocks(
  t: T,
  contact: Contact,
  photoStored: boolean,
  o: PersonReportOptions,
): Paragraph[] {
  const context = { ...o, t }
  const rows = Object.keys(contact)
    .filter((field) => !SKIPPED.has(field))
    .map((field) => ({
      label: contactFieldLabel(t, field),
      value: contactValueText(field, contact, context),
    }))
  if (photoStored)
    rows.push({ label: contactFieldLabel(t, 'photo'), value: t('privacy.report.photoStored') })
  return factLines(rows)
}

/** One line per stored row: what the screens would show of it, and its id. */
function rowLines(t: T, data: PersonData, kind: PersonDataKind, o: PersonReportOptions): string[] {
  const { lang } = o
  switch (kind) {
    case 'participations':
      return data.participations.map(({ participant, visit }) =>
        [
          visit?.title ?? o.visitTitle(participant.visitId),
          t(`enum.side.${participant.side}`),
          t(`enum.role.${participant.role}`),
        ]
          .concat(visit ? [formatDateRange(visit.startDate, visit.endDate, lang)] : [])
          .join(' · '),
      )
    case 'standIns':
      return data.standIns.map((p) => o.visitTitle(p.visitId))
    case 'counterpartIn':
      return data.counterpartIn.map(
        (a) => `${formatDate(a.date, lang)} ${a.startTime} · ${a.title}`,
      )
    case 'attendeeIn':
      return data.attendeeIn.map((a) => `${formatDate(a.date, lang)} ${a.startTime} · ${a.title}`)
    case 'travelSegments':
      return data.travelSegments.map(
        (s) => `${formatLocalDateTime(s.departureLocal, lang)} · ${s.from} → ${s.to}`,
      )
    case 'accommodations':
      return data.accommodations.map(
        (s) => `${s.hotel} · ${formatDateRange(s.checkIn, s.checkOut, lang)}`,
      )
    case 'giftsGiven':
      return data.giftsGiven.map((g) => `${g.description} · ${o.visitTitle(g.visitId)}`)
    case 'giftsReceived':
      return data.giftsReceived.map((g) => `${g.description} · ${o.visitTitle(g.visitId)}`)
    case 'headOfDelegationOf':
      return data.headOfDelegationOf.map((v) => v.title)
    case 'hostOf':
      return data.hostOf.map((v) => v.title)
    case 'followUps':
      return data.followUps.map((f) => `${f.what} · ${f.owner}`)
    case 'briefingSnapshots':
      return data.briefingSnapshots.map(
        (s) => `${o.visitTitle(s.visitId)} · ${formatInstant(s.snapshot.asOf, o.timeZone, lang)}`,
      )
    case 'seatingPlans':
      return data.seatingPlans.map((s) => o.visitTitle(s.visitId))
    case 'tombstones':
      return data.tombstones.map(
        (s) => `${s.table} · ${formatInstant(s.deletedAt, o.timeZone, lang)}`,
      )
    default: {
      const never: never = kind
      return never
    }
  }
}

/**
 * The answer to an access request as a DOCX: a summary of what is stored, every field of the
 * contact and one line per row that names the person. Pure; the app packs it and saves it.
 */
export function buildPersonReport(data: PersonData, options: PersonReportOptions): Document {
  const t = translator(options.lang)
  const name = data.contact ? displayName(data.contact) : t('privacy.removedContact')
  const rawTitle = t('privacy.report.title', { name })
  const title = sanitize(rawTitle)
  const generated = formatInstant(options.now.toISOString(), options.timeZone, options.lang)
  const counts = PERSON_DATA_KINDS.map((kind) => [
    t(`privacy.kind.${kind}`),
    String(data[kind].length),
  ])
  const sections = PERSON_DATA_KINDS.filter((kind) => data[kind].length > 0).flatMap((kind) => [
    heading(t(`privacy.kind.${kind}`), 2),
    ...rowLines(t, data, kind, options).map((line) => para(line)),
  ])
  const setup = PAGE_SETUPS.A4
  return new Document({
    title,
    creator: sanitize(options.officeName),
    lastModifiedBy: sanitize(options.officeName),
    styles: documentStyles('A4', options.lang === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: {
          page: { size: { width: setup.width, height: setup.height }, margin: setup.margin },
        },
        children: [
          heading(rawTitle, 1),
          note(t('privacy.report.generated', { office: options.officeName, at: generated })),
          para(t('privacy.report.intro')),
          fixedTable('A4', [t('privacy.report.kind'), t('privacy.report.count')], counts, [4, 1]),
          heading(t('privacy.report.contactRecord'), 2),
          ...(data.contact
            ? contactBlocks(t, data.contact, data.photo !== null, options)
            : [note(t('privacy.report.noContact'))]),
          ...sections,
        ],
      },
    ],
  })
}
