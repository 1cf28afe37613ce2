import { formatDateRange } from '@shared/dates'
import { fullName } from '@shared/documents/briefingContext'
import type { BriefingData } from '@shared/documents/briefingData'
import type { UiLanguage } from '@shared/model/common'
import type { DatasetTables } from '@shared/model/tables'
import { MAX_LISTED_ERRORS, type Translate } from './output'

/** A heading, the first MAX_LISTED_ERRORS entries indented, then "… and N more". */
function listLines(heading: string, entries: readonly string[], t: Translate): string[] {
  const listed = entries.slice(0, MAX_LISTED_ERRORS).map((entry) => `  ${entry}`)
  const rest = entries.length - listed.length
  return [heading, ...listed, ...(rest > 0 ? [`  ${t('cli.more', { count: rest })}`] : [])]
}

/** The visits a briefing can be made of (not in the trash), oldest first, by id and title. */
export function visitLines(tables: DatasetTables, t: Translate, lang: UiLanguage): string[] {
  const visits = tables.visits
    .filter((v) => v.deletedAt === null)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
  if (visits.length === 0) return [t('cli.briefing.noVisits')]
  return listLines(
    t('cli.briefing.visits', { count: visits.length }),
    visits.map((v) => `${v.id}  ${formatDateRange(v.startDate, v.endDate, lang)}  ${v.title}`),
    t,
  )
}

/** Who a pocket programme can be for: the visit's participants, by contact id. */
export function participantLines(data: BriefingData, t: Translate): string[] {
  if (data.participants.length === 0) return [t('cli.briefing.noParticipants')]
  return listLines(
    t('cli.briefing.participants', { count: data.participants.length }),
    data.participants.map(
      (p) =>
        `${p.contact.id}  ${fullName(p.contact)} (${t(`enum.side.${p.participant.side}`)}, ${t(`enum.role.${p.participant.role}`)})`,
    ),
    t,
  )
}
